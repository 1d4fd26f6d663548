import type { Statement } from '../schema';
import { say } from '../statement';
import type { SpinalLevel } from './types';

export { exitWords } from '../anatomy/nerves';

// Each level's skin (dermatome) and its muscle test (myotome), in plain words. The key points and
// key muscles are those of the ASIA/ISCoS exam (ISNCSCI); the bands between the points follow the
// evidence-based map of Lee, McPhee and Stringer (2008), which says maps differ between people.
// C1 serves no skin. The same points are the generator's checks (tests/unit/dermatomes.test.ts).

export interface Dermatome {
  /** The ASIA key sensory point, as a place on the body. */
  keyPoint: string;
  words: Statement;
}

const band = (level: SpinalLevel, where: string, keyPoint: string): Dermatome => ({
  keyPoint,
  words: say(
    `The skin ${level} serves (its dermatome): ${where} In a nerve exam, it is tested at ${keyPoint}.`,
    'lee-2008',
    'asia-isncsci',
  ),
});

export const DERMATOMES: Partial<Record<SpinalLevel, Dermatome>> = {
  C2: band(
    'C2',
    'the back of the head.',
    'the back of the head, just beside the bump at the base of the skull',
  ),
  C3: band('C3', 'the side of the neck.', 'the hollow above the collarbone'),
  C4: band('C4', 'the top of the shoulder and the top of the chest.', 'the top of the shoulder'),
  C5: band('C5', 'the outer side of the upper arm.', 'the outer side of the elbow crease'),
  C6: band('C6', 'the thumb side of the forearm, and the thumb.', 'the back of the thumb'),
  C7: band(
    'C7',
    'the middle of the back of the hand, and the middle finger.',
    'the back of the middle finger',
  ),
  C8: band(
    'C8',
    'the little-finger side of the hand, and the little finger.',
    'the back of the little finger',
  ),
  T1: band('T1', 'the inner side of the forearm.', 'the inner side of the elbow crease'),
  T2: band('T2', 'the armpit and the inner upper arm, and the top of the chest.', 'the top of the armpit'),
  T3: band('T3', 'a band around the upper chest.', 'the chest, just below the third rib'),
  T4: band('T4', 'a band around the chest at the nipples.', 'the nipple line'),
  T5: band('T5', 'a band around the chest just below the nipples.', 'the chest, just below the fifth rib'),
  T6: band(
    'T6',
    'a band around the body at the lower end of the breastbone.',
    'the lower end of the breastbone',
  ),
  T7: band(
    'T7',
    'a band around the body just below the breastbone.',
    'the belly, a quarter of the way from the breastbone to the navel',
  ),
  T8: band('T8', 'a band around the upper belly.', 'the belly, halfway from the breastbone to the navel'),
  T9: band('T9', 'a band around the belly above the navel.', 'the belly, just above the navel'),
  T10: band('T10', 'a band around the body at the navel.', 'the navel'),
  T11: band(
    'T11',
    'a band around the belly below the navel.',
    'the belly, halfway from the navel to the groin',
  ),
  T12: band('T12', 'a band around the lower belly, down to the groin.', 'the middle of the groin crease'),
  L1: band('L1', 'the groin and the top of the thigh.', 'the top of the thigh, just below the groin'),
  L2: band('L2', 'the front and inner thigh.', 'the front of the thigh, halfway down'),
  L3: band('L3', 'the lower front thigh and the inner knee.', 'the inner knee, just above the joint'),
  L4: band('L4', 'the front of the knee, the inner shin and the inner ankle.', 'the inner ankle bone'),
  L5: band(
    'L5',
    'the outer shin, the top of the foot and the big toe.',
    'the top of the foot, at the base of the third toe',
  ),
  S1: band('S1', 'the outer edge of the foot, the outer heel and the sole.', 'the outer heel'),
  S2: band('S2', 'a strip down the back of the thigh and the calf.', 'the middle of the back of the knee'),
};

/** The ASIA key muscle test of a level, where the exam has one. */
const test = (level: SpinalLevel, movement: string) =>
  say(`To test ${level}, a nerve exam checks ${movement}.`, 'asia-isncsci');

export const KEY_MUSCLES: Partial<Record<SpinalLevel, Statement>> = {
  C5: test('C5', 'bending the elbow (biceps)'),
  C6: test('C6', 'lifting the wrist back (the wrist extensors)'),
  C7: test('C7', 'straightening the elbow (triceps)'),
  C8: test('C8', 'bending the tip of the middle finger'),
  T1: test('T1', 'moving the little finger out to the side'),
  L2: test('L2', 'lifting the thigh (the hip flexors, such as psoas)'),
  L3: test('L3', 'straightening the knee (quadriceps)'),
  L4: test('L4', 'pulling the foot up (the shin muscle)'),
  L5: test('L5', 'lifting the big toe (the long toe extensors)'),
  S1: test('S1', 'pointing the foot down (the calf muscles)'),
};

/** Said once with any dermatome: maps are averages. */
export const DERMATOME_NOTE = say(
  'These maps are averages. The skin each level serves differs from person to person, and bands overlap.',
  'lee-2008',
);
