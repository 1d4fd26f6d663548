import type { General } from './schema';
import {
  COURSE_FIRST_SIGNS,
  COURSE_HOW_MANY,
  COURSE_OTHER_CLINICS,
  COURSE_SPACING,
  DRY_NEEDLING_IN_GENERAL,
  NEEDLE_GRASP,
  NOT_PROVEN,
  PROPOSED_EFFECTS,
} from './shared';
import { say } from './statement';

// The texts the app shows outside the condition pages. Medical ones are statements with sources;
// the disclaimer and the empty-region note are plain UI lines.

export const GENERAL: General = {
  whatIsIms: [
    say(
      'IMS is short for intramuscular stimulation. It is a way to treat muscle pain that lasts a long time. Dr C. Chan Gunn began it in Canada in the 1970s.',
      'goodman-choma-ims',
      'istop',
    ),
    say(
      'Very fine needles, the same kind used for acupuncture, go into tight muscles. Nothing is injected.',
      'istop',
      'clinic-ims-page',
    ),
    say(
      'IMS treats much long-lasting muscle pain as nerve pain. It places the problem at the nerve root, where a nerve leaves the spine.',
      'goodman-choma-ims',
      'istop',
    ),
    say(
      'A known fact comes first. The scientist Walter Cannon showed that when a nerve is cut, the parts it supplies become more sensitive than normal.',
      'cannon-1939',
      'cannon-rosenblueth-1949',
    ),
    say(
      'Then an idea. Dr Gunn proposed that a nerve that only works poorly, without being cut, does the same. IMS is built on this idea.',
      'istop',
      'goodman-choma-ims',
    ),
    say(
      'In the Gunn model, muscles then tighten into short, tender bands. These pull on tendons and load the joints. This is thought to add to wear and tear, such as sore tendons and arthritis.',
      'istop',
      'gunn-radiculopathy-model',
      'clinic-ims-page',
    ),
    say(
      'IMS is not acupuncture. It is based on how nerves and muscles work, not on the energy lines of Chinese medicine.',
      'istop',
      'goodman-choma-ims',
    ),
  ],
  whoIsItFor: [
    say(
      'This clinic offers IMS for pain that has lasted more than 6 weeks. There should be little or no injury, and little or no inflammation (swelling and heat).',
      'clinic-ims-page',
    ),
    say(
      'This clinic also offers it to active people and athletes with tight muscles. And it offers it for long-lasting pain that usual care has not eased.',
      'clinic-ims-page',
    ),
    say(
      'If needles worry you, tell your IMS practitioner. They can start more gently and see how you feel.',
      'clinic-ims-page',
    ),
  ],
  whatItFeelsLike: [
    say(
      'First, your practitioner checks for signs that a nerve is not working well. These include tender spots, tight muscles, and changes in the skin, such as goosebumps or sweating.',
      'istop',
    ),
    say(
      'The needle goes into the centre of tight, tender bands of muscle. It may also go near the spine, where a nerve root may be irritated.',
      'istop',
      'clinic-ims-page',
    ),
    NEEDLE_GRASP,
    PROPOSED_EFFECTS,
    NOT_PROVEN,
  ],
  course: [COURSE_FIRST_SIGNS, COURSE_HOW_MANY, COURSE_SPACING, COURSE_OTHER_CLINICS],
  evidence: [
    say(
      'Only a few small trials have tested IMS or needling like it. The largest had 78 people.',
      'gunn-1980',
      'ga-2007',
      'couto-2014',
    ),
    say(
      'A 1980 trial had 56 men with low back pain. A 2007 trial had 40 older people. Neither had a fake-needle group.',
      'gunn-1980',
      'ga-2007',
    ),
    say(
      'In a 2014 trial, 78 women aged 20 to 40 were split into three groups. Needles beside the spine and in tight muscle did better than fake needling over 4 weeks.',
      'couto-2014',
    ),
    DRY_NEEDLING_IN_GENERAL,
    say(
      'A large review of 20,827 patients found that acupuncture beat fake needling. But the gap was small.',
      'vickers-2018',
    ),
  ],
  spinalLevels: [
    say(
      'Nerve roots are named for the part of the spine they leave. C is the neck, T the upper and mid back, L the low back and S the base of the spine. The count starts at the top, so C5 is the fifth nerve of the neck and T1 is at the top of the back.',
      'grays-anatomy',
    ),
  ],
  disclaimer:
    'This is here to help you learn. It is not a diagnosis. Talk to your physiotherapist or doctor about your own pain.',
  noConditionHere:
    'No condition on this map is linked to this area. But tight, tender muscle can happen anywhere, so ask your physiotherapist.',
};
