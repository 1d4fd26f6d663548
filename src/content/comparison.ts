import { COMPARISON_HEADING } from './comparisonTitle';
import type { Comparison } from './schema';
import { DRY_NEEDLING_IN_GENERAL, NEEDLE_GRASP } from './shared';
import { say } from './statement';

// IMS beside traditional acupuncture, aspect by aspect, for the comparison page
// (?page=ims-vs-acupuncture). Honest about both: each cell is a statement with its sources, the
// evidence row gives the size of the trials, and this clinic's own view is marked as the clinic's.

export const COMPARISON: Comparison = {
  title: COMPARISON_HEADING.title,
  caption: 'IMS beside traditional acupuncture, one aspect at a time',
  columns: { aspect: 'Aspect', ims: 'IMS', acupuncture: 'Traditional acupuncture' },
  intro: [
    say(
      'This clinic says IMS is not acupuncture. But it does use the same kind of fine needle.',
      'clinic-ims-page',
    ),
    say(
      'This clinic says acupuncture puts needles at set points along energy lines. IMS puts them where the pain comes from.',
      'clinic-ims-page',
    ),
    say(
      'This clinic also calls IMS a kind of dry needling. Dry means that nothing is injected.',
      'clinic-ims-page',
    ),
  ],
  rows: [
    {
      id: 'idea',
      aspect: 'The idea behind it',
      ims: [
        say('It is based on Western ideas of how nerves and muscles work.', 'istop', 'goodman-choma-ims'),
        say(
          'In the Gunn model, pain that lasts often starts at a nerve root that works poorly. The muscles it supplies get tight and tender.',
          'istop',
          'goodman-choma-ims',
        ),
      ],
      acupuncture: [
        say(
          'It comes from Chinese medicine. It rests on the belief that an energy called qi flows along lines in the body. These lines are called meridians. Illness is thought to come when the flow is blocked.',
          'nhs-acupuncture',
          'maciocia-2015',
        ),
      ],
    },
    {
      id: 'finding-the-problem',
      aspect: 'How the problem is found',
      ims: [
        say(
          'A physical exam. The practitioner looks for signs that a nerve is not working well: tender spots, tight bands of muscle, and changes in the skin.',
          'istop',
        ),
      ],
      acupuncture: [
        say(
          'A Chinese medicine check. The practitioner asks about your health, and may look at your tongue and feel your pulse, to find a pattern.',
          'maciocia-2015',
        ),
      ],
    },
    {
      id: 'where-the-needles-go',
      aspect: 'Where the needles go',
      ims: [
        say(
          'Into tight, tender muscle where the exam finds it, near where it hurts. And beside the spine, at the level whose nerves supply that muscle.',
          'istop',
          'clinic-ims-page',
        ),
      ],
      acupuncture: [
        say(
          'Into set points along the meridians. A point may be far from where it hurts, such as on the hand or the foot.',
          'who-acupoints-2008',
          'clinic-ims-page',
        ),
      ],
    },
    {
      id: 'the-needle',
      aspect: 'The needle',
      ims: [
        say(
          'A very fine, solid needle: the same kind used for acupuncture. Nothing is injected.',
          'istop',
          'clinic-ims-page',
        ),
      ],
      acupuncture: [say('A very fine, solid needle. Nothing is injected.', 'nhs-acupuncture')],
    },
    {
      id: 'how-the-needle-is-used',
      aspect: 'How the needle is used',
      ims: [
        say(
          'It goes into the muscle and most often comes straight out again. Then the next spot is needled.',
          'istop',
          'goodman-choma-ims',
        ),
      ],
      acupuncture: [
        say(
          'The needles are most often left in for a while, often 15–30 minutes. They may be turned by hand.',
          'deadman-2007',
          'nhs-acupuncture',
        ),
      ],
    },
    {
      id: 'what-it-feels-like',
      aspect: 'What it feels like',
      ims: [NEEDLE_GRASP],
      acupuncture: [
        say(
          'Many people feel a tingling or a dull ache near the needle. Acupuncturists call this feeling de qi.',
          'nhs-acupuncture',
          'deadman-2007',
        ),
      ],
    },
    {
      id: 'who-gives-it',
      aspect: 'Who gives it',
      ims: [
        say(
          'Doctors and physiotherapists who have trained in Gunn IMS. iSTOP is the institute that teaches it.',
          'istop',
        ),
        say(
          'The person who gives IMS at this clinic is a physio. They are certified in Gunn IMS.',
          'clinic-ims-page',
        ),
      ],
      acupuncture: [
        say(
          'People trained in acupuncture and Chinese medicine. Some doctors and physios use it too.',
          'nhs-acupuncture',
        ),
      ],
    },
    {
      id: 'evidence',
      aspect: 'What the evidence shows',
      ims: [
        say(
          'Only a few small trials have tested IMS or needling like it. The largest had 78 people.',
          'gunn-1980',
          'ga-2007',
          'couto-2014',
        ),
        DRY_NEEDLING_IN_GENERAL,
      ],
      acupuncture: [
        say(
          'A big review of 39 trials had 20,827 people. Acupuncture did better than fake needling, but only by a little. It did better than no needling by a fair amount.',
          'vickers-2018',
        ),
        say(
          'NICE advises doctors in England. It says one course of acupuncture or dry needling may be offered for some lasting pain with no clear cause. It says not to offer acupuncture for low back pain.',
          'nice-ng193',
          'nice-ng59',
        ),
      ],
    },
    {
      id: 'side-effects',
      aspect: 'Side effects',
      ims: [
        say(
          'About 1 in 5 dry needling treatments has a mild side effect, such as a bruise. Sore muscles for a day or two are usual. Serious harm is rare.',
          'brady-2014',
          'apc-pain',
        ),
      ],
      acupuncture: [
        say(
          'Mild side effects include pain, bleeding or a bruise where the needle went in, and feeling sick, dizzy or faint. Serious harm is rare.',
          'nhs-acupuncture',
        ),
      ],
    },
  ],
  overlap: {
    heading: 'Where the two meet',
    statements: [
      say(
        'Some acupuncture points lie close to the tender spots in muscle that dry needling treats. How much they overlap is still argued about.',
        'melzack-1977',
        'birch-2003',
        'dorsher-2008',
      ),
      say(
        'An early study matched 71% of these spots to a point. A later review said the true share is far lower: 18–40%. Another found a point near 92% of them.',
        'melzack-1977',
        'birch-2003',
        'dorsher-2008',
      ),
      say(
        'Acupuncture also has a row of points beside the spine, called Huatuojiaji points. They sit in the same strip where IMS needles beside the spine.',
        'deadman-2007',
        'istop',
      ),
    ],
  },
  searchTerms: [
    'acupuncture',
    'dry needling',
    'difference',
    'difference between IMS and acupuncture',
    'IMS vs acupuncture',
    'is IMS acupuncture',
    'compare',
    'comparison',
    'Chinese medicine',
    'meridians',
    'qi',
  ],
};
