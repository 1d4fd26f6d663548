import { describe, expect, it } from 'vitest';
import {
  BODY_GROUPS,
  BONES,
  conditionsForMuscle,
  getMuscle,
  getNerve,
  MUSCLES,
  musclesByGroup,
  NERVES,
  REFERRAL_MUSCLE_IDS,
  REFERRAL_NOTE,
  type RootLevel,
  type RootRange,
  rootWords,
} from '../../src/content/anatomy';
import { levelIndex } from '../../src/content/anatomy/rootWords';
import { BONE_IDS, MUSCLE_IDS, NERVE_IDS, ROOT_LEVELS } from '../../src/content/anatomyIdList.mjs';
import { fleschKincaidGrade, readabilityCounts } from '../../src/content/readability';
import { muscleSchema } from '../../src/content/schema';
import { content } from './fullContent';

// The content of the layers beneath the skin: one entry per model part (the model's part names are
// these id lists: the layer generator writes `_REGION` = the index in the same lists, and the model
// tests check the GLB side), the links from conditions to muscles, root levels that agree with the
// condition pages, and plain words with sources.

const sourceIds = new Set(content.sources.map((s) => s.id));

/** The spinal segments that supply each condition's muscles (standard anatomy; Gunn sources where named). */
const CONDITION_LEVELS: Record<string, RootRange | 'none' | 'own-segment'> = {
  'chronic-whiplash-pain': { from: 'C1', to: 'C8' },
  'repetitive-strain': { from: 'C3', to: 'T1' },
  'carpal-tunnel-syndrome': { from: 'C6', to: 'T1' },
  'myofascial-trigger-points': 'own-segment',
  // iSTOP names L2–L5 for the knee; the hamstrings it also lists reach S2.
  'patellofemoral-pain': { from: 'L2', to: 'S2' },
  // neck, mid back and low back together
  'spinal-pain': { from: 'C1', to: 'L5' },
  headaches: { from: 'C1', to: 'C3' },
  // the chewing muscles have a cranial nerve, no spinal level
  'jaw-pain': 'none',
  'shin-splints': { from: 'L4', to: 'S2' },
  'plantar-fasciitis': { from: 'S1', to: 'S2' },
  'tennis-elbow': { from: 'C5', to: 'C8' },
  'golfers-elbow': { from: 'C6', to: 'T1' },
  'trigger-finger': { from: 'C7', to: 'T1' },
  // L4–S1 for the hip muscles; the knee (vastus lateralis) from L2
  'iliotibial-band-syndrome': { from: 'L2', to: 'S1' },
  'piriformis-syndrome': { from: 'L4', to: 'S2' },
  'achilles-tendinopathy': { from: 'S1', to: 'S2' },
};

const at = (level: RootLevel) => levelIndex(level);
/** Does `inner` lie within `outer`, allowing `slack` levels either end? */
const within = (inner: RootRange, outer: RootRange, slack: number) =>
  at(inner.from) >= at(outer.from) - slack && at(inner.to) <= at(outer.to) + slack;
const overlaps = (a: RootRange, b: RootRange) => at(a.from) <= at(b.to) && at(b.from) <= at(a.to);

/** The first root range named in a condition's nerve text ("… with C3–C4" → C3–C4), or null. */
function firstRange(text: string): RootRange | null {
  const match = text.match(/\b([CTLS]\d{1,2})(?:–([CTLS]\d{1,2}))?\b/);
  if (!match) return null;
  const from = match[1] as RootLevel;
  const to = (match[2] ?? match[1]) as RootLevel;
  expect(ROOT_LEVELS).toContain(from);
  expect(ROOT_LEVELS).toContain(to);
  return { from, to };
}

describe('anatomy content ↔ model ids', () => {
  it('has content for every muscle, bone and nerve id, in the lists’ order, and nothing else', () => {
    // The generator numbers parts by these same lists, so equal order means equal model names.
    expect(MUSCLES.map((m) => m.id)).toEqual([...MUSCLE_IDS]);
    expect(BONES.map((b) => b.id)).toEqual([...BONE_IDS]);
    expect(NERVES.map((n) => n.id)).toEqual([...NERVE_IDS]);
  });

  it('gives every part a name, a plain name and a body group', () => {
    const groups = new Set<string>(BODY_GROUPS.map((g) => g.id));
    for (const part of [...MUSCLES, ...BONES, ...NERVES]) {
      expect(part.name.trim(), part.id).not.toBe('');
      expect(part.plainName.trim(), part.id).not.toBe('');
      expect(groups.has(part.group), part.id).toBe(true);
    }
    expect(
      musclesByGroup()
        .flatMap((g) => g.items.map((m) => m.id))
        .sort(),
    ).toEqual([...MUSCLE_IDS].sort());
  });

  it('cites known sources for every statement', () => {
    const cited = [
      ...MUSCLES.flatMap((m) => [...m.does.sources, ...m.nerveSources, ...(m.referral?.sources ?? [])]),
      ...BONES.flatMap((b) => b.about.sources),
      ...NERVES.flatMap((n) => n.about.sources),
    ];
    for (const id of cited) expect(sourceIds.has(id), id).toBe(true);
  });

  it('gives root ranges top to bottom, and none for the chewing muscles (a cranial nerve)', () => {
    for (const m of MUSCLES) {
      if (m.roots) expect(at(m.roots.from), m.id).toBeLessThanOrEqual(at(m.roots.to));
    }
    for (const id of ['temporalis', 'masseter', 'lateral-pterygoid', 'medial-pterygoid'] as const) {
      expect(getMuscle(id)?.roots, id).toBeNull();
      expect(getMuscle(id)?.nerve, id).toMatch(/trigeminal/);
    }
  });

  it('says root levels in plain words', () => {
    expect(rootWords({ from: 'C5', to: 'C6' })).toBe('about C5–C6, the fifth and sixth levels of the neck');
    expect(rootWords({ from: 'C3', to: 'C5' })).toBe('about C3–C5, the third to fifth levels of the neck');
    expect(rootWords({ from: 'C1', to: 'C1' })).toBe('about C1, the first level of the neck');
    expect(rootWords({ from: 'L5', to: 'S2' })).toBe(
      'about L5–S2, from the fifth level of the low back to the second level of the base of the spine',
    );
  });
});

describe('conditions ↔ muscles', () => {
  it('passes the schema: each condition muscle names ids of the muscle layer', () => {
    for (const c of content.conditions) {
      for (const m of c.muscles) expect(muscleSchema.safeParse(m).success, `${c.id}: ${m.name}`).toBe(true);
    }
  });

  it('lights at least one muscle of the model for every condition', () => {
    for (const c of content.conditions) {
      const ids = c.muscles.flatMap((m) => m.ids);
      expect(ids.length, c.id).toBeGreaterThan(0);
      for (const id of ids) expect(getMuscle(id), `${c.id}: ${id}`).toBeDefined();
    }
    expect(conditionsForMuscle('upper-trapezius').map((c) => c.id)).toContain('headaches');
  });

  it('agrees with each condition entry’s own root levels', () => {
    for (const c of content.conditions) {
      for (const entry of c.muscles) {
        const range = firstRange(entry.nerveRoots);
        for (const id of entry.ids) {
          const roots = getMuscle(id)?.roots ?? null;
          const where = `${c.id}: ${entry.name} → ${id}`;
          if (!range) {
            expect(roots, where).toBeNull();
            continue;
          }
          if (!roots) continue; // the IT band: no nerve of its own
          if (entry.ids.length === 1) expect(within(roots, range, 1), where).toBe(true);
          else expect(overlaps(roots, range), where).toBe(true);
        }
      }
    }
  });

  it("keeps each muscle's roots within its condition's segments (about one level either way)", () => {
    expect(Object.keys(CONDITION_LEVELS).sort()).toEqual(content.conditions.map((c) => c.id).sort());
    for (const c of content.conditions) {
      const levels = CONDITION_LEVELS[c.id];
      for (const id of c.muscles.flatMap((m) => m.ids)) {
        const roots = getMuscle(id)?.roots ?? null;
        if (levels === 'none') expect(roots, `${c.id}: ${id}`).toBeNull();
        else if (levels && levels !== 'own-segment' && roots) {
          // the erector spinae runs the whole spine: it only has to share the condition's levels
          const fits = id === 'erector-spinae' ? overlaps(roots, levels) : within(roots, levels, 1);
          expect(fits, `${c.id}: ${id} ${roots.from}–${roots.to}`).toBe(true);
        }
      }
    }
  });
});

describe('nerves', () => {
  it('supplies muscles that exist, and every muscle has a nerve in the layer', () => {
    for (const n of NERVES) for (const id of n.muscles) expect(getMuscle(id), `${n.id}: ${id}`).toBeDefined();
    const supplied = new Set(NERVES.flatMap((n) => n.muscles));
    for (const m of MUSCLES) if (m.roots) expect(supplied.has(m.id), m.id).toBe(true);
  });

  it("gives each main nerve's muscles roots that share the nerve's levels", () => {
    for (const n of NERVES) {
      if (!n.roots) continue;
      for (const id of n.muscles) {
        const roots = getMuscle(id)?.roots;
        if (roots) expect(overlaps(roots, n.roots), `${n.id}: ${id}`).toBe(true);
      }
    }
    expect(getNerve('root-C5')?.muscles).toContain('biceps');
    expect(getNerve('accessory')?.muscles).toContain('upper-trapezius');
  });
});

describe('referred pain', () => {
  const REQUIRED = [
    'upper-trapezius',
    'levator-scapulae',
    'sternocleidomastoid',
    'suboccipitals',
    'temporalis',
    'masseter',
    'infraspinatus',
    'extensor-carpi-radialis-longus',
    'extensor-carpi-radialis-brevis',
    'quadratus-lumborum',
    'gluteus-medius',
    'gluteus-minimus',
    'piriformis',
    'vastus-medialis',
    'gastrocnemius',
    'soleus',
    'tibialis-anterior',
  ] as const;

  it('describes the main zone and spill-over of every muscle the issue names, from the trigger point manuals', () => {
    for (const id of REQUIRED) expect(REFERRAL_MUSCLE_IDS, id).toContain(id);
    for (const id of REFERRAL_MUSCLE_IDS) {
      const referral = getMuscle(id)?.referral;
      expect(referral?.main.trim(), id).toBeTruthy();
      expect(referral?.spill.trim(), id).toBeTruthy();
      const books = referral?.sources.filter((s) => s === 'simons-1999' || s === 'travell-simons-1992');
      expect(books?.length, id).toBeGreaterThan(0);
    }
  });

  it('cites the lower-body volume for the low back, hip and leg, and the upper one above', () => {
    for (const id of REFERRAL_MUSCLE_IDS) {
      const m = getMuscle(id);
      const lowerBody = m?.group === 'hip-thigh' || m?.group === 'leg-foot' || id === 'quadratus-lumborum';
      expect(m?.referral?.sources, id).toContain(lowerBody ? 'travell-simons-1992' : 'simons-1999');
    }
  });

  it('says where in the books each map is drawn, and that a map is typical, not a diagnosis', () => {
    for (const id of REFERRAL_MUSCLE_IDS) expect(getMuscle(id)?.referral?.where, id).toMatch(/^Vol\. [12]/);
    expect(REFERRAL_NOTE.text).toMatch(/typical/);
    expect(REFERRAL_NOTE.text).toMatch(/not a diagnosis/);
    expect(REFERRAL_NOTE.sources).toEqual(['simons-1999', 'travell-simons-1992']);
  });

  it('hedges the weakly sourced gluteus medius map', () => {
    const r = getMuscle('gluteus-medius')?.referral;
    expect(`${r?.main} ${r?.spill}`).toMatch(/typical|may/i);
  });
});

describe('plain words', () => {
  it('reads at grade 8 or below', () => {
    const texts = [
      ...MUSCLES.flatMap((m) => [m.does.text, m.referral?.main, m.referral?.spill]),
      ...BONES.map((b) => b.about.text),
      ...NERVES.map((n) => n.about.text),
      REFERRAL_NOTE.text,
    ].filter((t): t is string => Boolean(t));
    const tooHard = texts
      .filter((t) => readabilityCounts(t).word >= 6)
      .map((t) => ({ t, g: Math.round(fleschKincaidGrade(t) * 10) / 10 }))
      .filter(({ g }) => g > 8);
    expect(tooHard).toEqual([]);
  });
});
