import type { Safety, WarningSign } from './schema';
import type { SourceId } from './sources';
import { say } from './statement';

// Side effects and risks of needling, and the warning signs that mean "see a doctor first", each
// with its sources. Shown on their own pages (?page=side-effects, ?page=see-a-doctor-first) and
// linked from the start page and every condition.

function sign<const Id extends string>(
  id: Id,
  text: string,
  ...sources: [SourceId, ...SourceId[]]
): WarningSign & { id: Id } {
  return { id, text, sources };
}

/** The warning signs, by id; conditions name the ones that apply to them (conditions.ts). */
export const WARNING_SIGNS = [
  sign(
    'sudden-severe-headache',
    'A sudden, severe headache, or the worst headache you have ever had',
    'do-2019',
  ),
  sign('headache-with-fever', 'A headache with a fever, a stiff neck or confusion', 'do-2019'),
  sign(
    'bladder-bowel-numbness',
    'Back pain with loss of control of your bladder or bowels, or numbness between your legs',
    'finucane-2020',
  ),
  sign('new-weakness-numbness', 'New weakness, or numbness that keeps spreading', 'finucane-2020'),
  sign('after-fall-or-accident', 'Pain that started after a fall or an accident', 'finucane-2020'),
  sign(
    'pain-at-rest-or-night',
    'Shin or foot pain when you rest or at night: it can be a stress fracture, a small crack in the bone',
    'brukner-khan',
  ),
  sign('weight-loss-or-cancer', 'Weight loss you cannot explain, or a history of cancer', 'finucane-2020'),
  sign('hot-swollen-joint', 'A hot, swollen joint', 'mathews-2010'),
] as const satisfies readonly WarningSign[];

export type WarningSignId = (typeof WARNING_SIGNS)[number]['id'];

export const SAFETY: Safety = {
  sideEffects: {
    title: 'Side effects and risks',
    intro: [
      say(
        'Like any treatment with needles, IMS can have side effects. Most are mild and soon pass.',
        'brady-2014',
      ),
      say(
        'After IMS, it is usual for the treated muscles to feel sore for a day or two.',
        'apc-pain',
        'focus-physio',
      ),
    ],
    mild: {
      heading: 'Mild side effects',
      statements: [
        say(
          'One study looked at 7,629 treatments with dry needling. About 1 in 5 (19.2%) had a mild side effect.',
          'brady-2014',
        ),
      ],
      rates: [
        { name: 'Bruising', percent: 7.55, sources: ['brady-2014'] },
        { name: 'Bleeding', percent: 4.65, sources: ['brady-2014'] },
        { name: 'Pain during the treatment', percent: 3.01, sources: ['brady-2014'] },
        { name: 'Pain after the treatment', percent: 2.19, sources: ['brady-2014'] },
        { name: 'Symptoms worse for a while', percent: 0.88, sources: ['brady-2014'] },
      ],
    },
    serious: {
      heading: 'Serious risks',
      statements: [
        say(
          'No serious side effect happened in that study. So the risk of one was put at 4 in 10,000 treatments (0.04%) or less.',
          'brady-2014',
        ),
        say(
          'The 39 physiotherapists in the study, not the patients, reported the side effects. So some may have been missed.',
          'brady-2014',
        ),
        say(
          'The best-known serious risk is rare: a collapsed lung. It can happen when a needle goes too deep over the chest wall.',
          'brady-2014',
        ),
      ],
    },
    checks: {
      heading: 'Before you are needled',
      statements: [
        say(
          'A trained practitioner first asks about your health and examines you. They check for any reason not to use needles.',
          'focus-physio',
          'istop',
        ),
        say('If needles worry you, say so. This clinic will start more gently.', 'clinic-ims-page'),
      ],
    },
  },
  warningSigns: {
    title: 'When to see a doctor first',
    intro: [
      say(
        'Some pain is a sign of a problem that needs a doctor, not needling. See a doctor before you try IMS if you have any of these signs.',
        'finucane-2020',
        'do-2019',
      ),
      say('If a sign comes on suddenly or is severe, get urgent help.', 'finucane-2020', 'do-2019'),
    ],
    signs: [...WARNING_SIGNS],
    more: [
      say(
        'Physiotherapists are trained to look for these signs too. Yours may send you to a doctor before any treatment.',
        'finucane-2020',
      ),
    ],
  },
};

const SIGN_BY_ID = new Map<string, WarningSign>(WARNING_SIGNS.map((s) => [s.id, s]));

/** The warning signs with these ids, in the order given; unknown ids are skipped. */
export function warningSignsFor(ids: readonly string[]): WarningSign[] {
  return ids.map((id) => SIGN_BY_ID.get(id)).filter((s): s is WarningSign => s !== undefined);
}
