import { ACUPOINT_CODES, MERIDIAN_CODES } from './needleIdList.mjs';
import type { Statement } from './schema';
import { say } from './statement';

// Acupuncture, for the comparison on the body only: not advice. Each condition's classic points,
// after the WHO point locations (2008), with the source of the point set. Sets that rest only on
// practitioner pages (or on a source we could not check) say so. Positions on the body come from
// the model generator (public/models/needling.json), keyed by the same codes (needleIdList.mjs).

export type AcupointCode = (typeof ACUPOINT_CODES)[number];
export type MeridianCode = (typeof MERIDIAN_CODES)[number];
export { ACUPOINT_CODES, MERIDIAN_CODES };

export interface Meridian {
  code: MeridianCode;
  /** English name, e.g. "Large Intestine". */
  name: string;
}

export interface Acupoint {
  code: AcupointCode;
  /** Pinyin name, e.g. "Hegu". */
  name: string;
  /** The meridian it lies on; null for an extra point (EX-…), which lies on none. A "…Code" key,
   * so the French swap (i18n/content/localize.ts) leaves the id alone. */
  meridianCode: MeridianCode | null;
  /** Where it is, in plain words. */
  where: string;
}

export interface PointSet {
  /** The points; `far` marks a point well away from the painful area. */
  points: { code: AcupointCode; far: boolean }[];
  /** Where the set comes from, with its sources. (Not named "source": the French swap skips that key.) */
  basis: Statement;
  /** True where the set rests only on practitioner pages or a source we could not check. */
  practitionerPagesOnly: boolean;
}

export interface ConditionAcupuncture {
  conditionId: string;
  pointSets: PointSet[];
  /** For local needling with no fixed point ("ashi" points, the finger's tendon). */
  localNote?: Statement;
}

export const MERIDIANS: readonly Meridian[] = [
  { code: 'LU', name: 'Lung' },
  { code: 'LI', name: 'Large Intestine' },
  { code: 'ST', name: 'Stomach' },
  { code: 'SP', name: 'Spleen' },
  { code: 'HT', name: 'Heart' },
  { code: 'SI', name: 'Small Intestine' },
  { code: 'BL', name: 'Bladder' },
  { code: 'KI', name: 'Kidney' },
  { code: 'PC', name: 'Pericardium' },
  { code: 'TE', name: 'Triple Energizer' },
  { code: 'GB', name: 'Gallbladder' },
  { code: 'LR', name: 'Liver' },
  { code: 'GV', name: 'Governing Vessel' },
];

/** Every point the comparison shows; locations after the WHO book, in plain words. */
export const ACUPOINTS: readonly Acupoint[] = [
  {
    code: 'LI4',
    name: 'Hegu',
    meridianCode: 'LI',
    where: 'On the back of the hand, between the thumb and the index finger.',
  },
  {
    code: 'LI5',
    name: 'Yangxi',
    meridianCode: 'LI',
    where: 'At the wrist, in the hollow at the base of the thumb.',
  },
  {
    code: 'LI10',
    name: 'Shousanli',
    meridianCode: 'LI',
    where: 'On the forearm, a little below the outer end of the elbow crease.',
  },
  { code: 'LI11', name: 'Quchi', meridianCode: 'LI', where: 'At the outer end of the elbow crease.' },
  { code: 'LU5', name: 'Chize', meridianCode: 'LU', where: 'In the elbow crease, beside the biceps tendon.' },
  {
    code: 'LU7',
    name: 'Lieque',
    meridianCode: 'LU',
    where: 'On the thumb side of the forearm, just above the wrist.',
  },
  {
    code: 'PC6',
    name: 'Neiguan',
    meridianCode: 'PC',
    where: 'On the palm side of the forearm, two thumb widths above the wrist.',
  },
  {
    code: 'PC7',
    name: 'Daling',
    meridianCode: 'PC',
    where: 'In the middle of the wrist crease, on the palm side.',
  },
  { code: 'HT3', name: 'Shaohai', meridianCode: 'HT', where: 'At the inner end of the elbow crease.' },
  {
    code: 'HT7',
    name: 'Shenmen',
    meridianCode: 'HT',
    where: 'At the wrist crease, on the little finger side.',
  },
  {
    code: 'SI3',
    name: 'Houxi',
    meridianCode: 'SI',
    where: 'On the outer edge of the hand, behind the knuckle of the little finger.',
  },
  {
    code: 'SI7',
    name: 'Zhizheng',
    meridianCode: 'SI',
    where: 'On the little finger side of the forearm, about halfway up.',
  },
  {
    code: 'SI8',
    name: 'Xiaohai',
    meridianCode: 'SI',
    where: 'At the back of the elbow, in the groove by the funny bone.',
  },
  { code: 'SI18', name: 'Quanliao', meridianCode: 'SI', where: 'On the face, below the cheekbone.' },
  {
    code: 'TE5',
    name: 'Waiguan',
    meridianCode: 'TE',
    where: 'On the back of the forearm, two thumb widths above the wrist.',
  },
  {
    code: 'ST6',
    name: 'Jiache',
    meridianCode: 'ST',
    where: 'On the jaw, a finger width in front of and above its angle.',
  },
  { code: 'ST7', name: 'Xiaguan', meridianCode: 'ST', where: 'On the face, just in front of the jaw joint.' },
  {
    code: 'ST35',
    name: 'Dubi',
    meridianCode: 'ST',
    where: 'Below the kneecap, on the outer side of its tendon.',
  },
  {
    code: 'SP6',
    name: 'Sanyinjiao',
    meridianCode: 'SP',
    where: 'On the inner leg, a hand width above the ankle bone.',
  },
  {
    code: 'LR3',
    name: 'Taichong',
    meridianCode: 'LR',
    where: 'On the top of the foot, between the big toe and the next toe.',
  },
  {
    code: 'KI1',
    name: 'Yongquan',
    meridianCode: 'KI',
    where: 'On the sole of the foot, in its deepest hollow.',
  },
  {
    code: 'KI3',
    name: 'Taixi',
    meridianCode: 'KI',
    where: 'Between the inner ankle bone and the heel cord.',
  },
  {
    code: 'KI4',
    name: 'Dazhong',
    meridianCode: 'KI',
    where: 'On the inner heel, in front of where the heel cord joins the bone.',
  },
  {
    code: 'BL10',
    name: 'Tianzhu',
    meridianCode: 'BL',
    where: 'At the back of the neck, high up, beside the thick neck muscle.',
  },
  {
    code: 'BL23',
    name: 'Shenshu',
    meridianCode: 'BL',
    where: 'On the low back, two finger widths beside the spine.',
  },
  {
    code: 'BL40',
    name: 'Weizhong',
    meridianCode: 'BL',
    where: 'In the middle of the crease at the back of the knee.',
  },
  {
    code: 'BL54',
    name: 'Zhibian',
    meridianCode: 'BL',
    where: 'On the buttock, beside the lower end of the sacrum.',
  },
  {
    code: 'BL57',
    name: 'Chengshan',
    meridianCode: 'BL',
    where: 'At the back of the calf, where the calf muscle meets the heel cord.',
  },
  {
    code: 'BL60',
    name: 'Kunlun',
    meridianCode: 'BL',
    where: 'Between the outer ankle bone and the heel cord.',
  },
  {
    code: 'BL61',
    name: 'Pucan',
    meridianCode: 'BL',
    where: 'On the outer side of the heel, below the ankle.',
  },
  {
    code: 'GB20',
    name: 'Fengchi',
    meridianCode: 'GB',
    where: 'Below the skull, in the hollow between the neck muscles.',
  },
  {
    code: 'GB21',
    name: 'Jianjing',
    meridianCode: 'GB',
    where: 'On the top of the shoulder, halfway between the neck and the shoulder tip.',
  },
  {
    code: 'GB30',
    name: 'Huantiao',
    meridianCode: 'GB',
    where: 'On the side of the buttock, near the hip joint.',
  },
  {
    code: 'GB31',
    name: 'Fengshi',
    meridianCode: 'GB',
    where: 'On the outer thigh, where the middle fingertip rests.',
  },
  { code: 'GB32', name: 'Zhongdu', meridianCode: 'GB', where: 'On the outer thigh, a bit below GB31.' },
  {
    code: 'GB33',
    name: 'Xiyangguan',
    meridianCode: 'GB',
    where: 'On the outer side of the knee, just above the joint.',
  },
  {
    code: 'GB34',
    name: 'Yanglingquan',
    meridianCode: 'GB',
    where: 'On the outer leg, below the knee, in front of the bump of the fibula.',
  },
  {
    code: 'GB39',
    name: 'Xuanzhong',
    meridianCode: 'GB',
    where: 'On the outer leg, a hand width above the ankle bone.',
  },
  {
    code: 'GV3',
    name: 'Yaoyangguan',
    meridianCode: 'GV',
    where: 'On the midline of the low back, level with the top of the hip bones.',
  },
  { code: 'GV20', name: 'Baihui', meridianCode: 'GV', where: 'On the top of the head, on the midline.' },
  { code: 'EX-HN5', name: 'Taiyang', meridianCode: null, where: 'In the hollow of the temple.' },
  {
    code: 'EX-B2',
    name: 'Huatuojiaji',
    meridianCode: null,
    where: 'A row of points just beside the spine, from the upper back to the low back.',
  },
  { code: 'EX-LE2', name: 'Heding', meridianCode: null, where: 'Just above the middle of the kneecap.' },
  {
    code: 'EX-LE4',
    name: 'Neixiyan',
    meridianCode: null,
    where: 'Below the kneecap, on the inner side of its tendon.',
  },
];

const set = (
  points: [AcupointCode, 'far'?][],
  basis: Statement,
  practitionerPagesOnly = false,
): PointSet => ({
  points: points.map(([code, far]) => ({ code, far: far === 'far' })),
  basis,
  practitionerPagesOnly,
});

const PRACTITIONER_PAGES = say(
  'These points are named on practitioner pages only, not in a study.',
  'acupuncture-practitioner-pages',
);

/** Each condition's classic points (3–5), or the note on local needling where there are none. */
export const CONDITION_ACUPUNCTURE: readonly ConditionAcupuncture[] = [
  {
    conditionId: 'chronic-whiplash-pain',
    pointSets: [
      set(
        [['GB20'], ['GB21'], ['BL10'], ['SI3', 'far'], ['GB39', 'far']],
        say(
          'These points are listed in a 2014 review of trials for whiplash.',
          'moon-2014',
          'who-acupoints-2008',
        ),
      ),
    ],
  },
  {
    conditionId: 'repetitive-strain',
    pointSets: [set([['LI5'], ['LU7'], ['TE5'], ['LI4']], PRACTITIONER_PAGES, true)],
  },
  {
    conditionId: 'carpal-tunnel-syndrome',
    pointSets: [
      set(
        [['PC7'], ['PC6'], ['TE5'], ['LI4'], ['SP6', 'far']],
        say(
          'These are the points used most in 142 trials for carpal tunnel.',
          'he-2024',
          'who-acupoints-2008',
        ),
      ),
    ],
  },
  {
    conditionId: 'myofascial-trigger-points',
    pointSets: [],
    localNote: say(
      'Here acupuncture uses "ashi" points: tender spots found by touch. They have no fixed place, so none is shown.',
      'birch-2003',
    ),
  },
  {
    conditionId: 'patellofemoral-pain',
    pointSets: [set([['ST35'], ['EX-LE4'], ['EX-LE2'], ['GB34']], PRACTITIONER_PAGES, true)],
  },
  {
    conditionId: 'spinal-pain',
    pointSets: [
      set(
        [['BL23'], ['GV3'], ['BL40', 'far'], ['KI3', 'far']],
        say('These points for low back pain come from a 2009 trial.', 'cherkin-2009', 'who-acupoints-2008'),
      ),
      set([['EX-B2']], PRACTITIONER_PAGES, true),
    ],
  },
  {
    conditionId: 'headaches',
    pointSets: [
      set(
        [['GB20'], ['GV20'], ['EX-HN5'], ['LI4', 'far'], ['LR3', 'far']],
        say(
          'A 2021 study looked at many trials for tension headache. These points were used most.',
          'lu-2021',
          'who-acupoints-2008',
        ),
      ),
    ],
  },
  {
    conditionId: 'jaw-pain',
    pointSets: [
      set(
        [['ST7'], ['ST6'], ['SI18'], ['GB20'], ['LI4', 'far']],
        say(
          'These points come from a 2013 review we could not check. Treat them like practitioner pages only.',
          'chin-2013',
          'acupuncture-practitioner-pages',
        ),
        true,
      ),
    ],
  },
  {
    conditionId: 'shin-splints',
    pointSets: [set([['SI7', 'far']], PRACTITIONER_PAGES, true)],
    localNote: say(
      'Acupuncture also uses "ashi" points. These are sore spots on the shin, found by touch.',
      'acupuncture-practitioner-pages',
    ),
  },
  {
    conditionId: 'plantar-fasciitis',
    pointSets: [
      set(
        [['PC7', 'far'], ['KI3'], ['BL60'], ['BL57'], ['KI1']],
        say(
          'These points come from a 2011 trial of acupuncture for heel pain.',
          'zhang-2011',
          'who-acupoints-2008',
        ),
      ),
    ],
  },
  {
    conditionId: 'tennis-elbow',
    pointSets: [
      set(
        [['LI11'], ['LI10'], ['LU5'], ['TE5'], ['LI4', 'far']],
        say(
          'These points come from two trials of acupuncture for tennis elbow.',
          'tennis-elbow-acupuncture-2015',
          'who-acupoints-2008',
        ),
      ),
    ],
  },
  {
    conditionId: 'golfers-elbow',
    pointSets: [set([['HT3'], ['SI8'], ['HT7']], PRACTITIONER_PAGES, true)],
  },
  {
    conditionId: 'trigger-finger',
    pointSets: [],
    localNote: say(
      'Here acupuncture puts needles on each side of the tendon at the base of the finger. That is a local spot, not a point on a line.',
      'inoue-2016',
    ),
  },
  {
    conditionId: 'iliotibial-band-syndrome',
    pointSets: [set([['GB31'], ['GB32'], ['GB33'], ['GB34']], PRACTITIONER_PAGES, true)],
  },
  {
    conditionId: 'piriformis-syndrome',
    pointSets: [
      set(
        [['GB30'], ['BL54'], ['BL40', 'far'], ['GB34', 'far'], ['BL57', 'far']],
        say(
          'Experts chose these points for sciatica in a 2021 study. They agreed on them.',
          'zhang-2021',
          'who-acupoints-2008',
        ),
      ),
    ],
  },
  {
    conditionId: 'achilles-tendinopathy',
    pointSets: [
      set(
        [['BL60'], ['KI3'], ['BL61'], ['KI4']],
        say(
          'These points come from case reports and practitioner pages only, not from a trial.',
          'acupuncture-practitioner-pages',
        ),
        true,
      ),
    ],
  },
];

const acupointByCode = new Map(ACUPOINTS.map((p) => [p.code, p]));

export function getAcupoint(code: AcupointCode): Acupoint | undefined {
  return acupointByCode.get(code);
}

export function acupunctureFor(conditionId: string): ConditionAcupuncture | undefined {
  return CONDITION_ACUPUNCTURE.find((c) => c.conditionId === conditionId);
}
