// What the 3D close-up shows at a moment, as plain numbers (0 = calm/none, 1 = full). The timeline
// turns time into one of these; the scene only draws it. Pure data: tested in Node.

export const VISUAL_KEYS = [
  /** Spine wear: thinner disc, bony spurs. */
  'wear',
  /** Nerve root irritated: warm colour at the root. */
  'root',
  /** Nerve supersensitive: glows and fires easily. */
  'sensitivity',
  /** Limb and spinal muscle: fibres shorter and thicker, tight bands. */
  'tightness',
  /** Pull on the tendon. */
  'strain',
  /** Pressure on the joint the muscle moves. */
  'jointPressure',
  /** Tight spinal muscles pressing on the nerve root. */
  'spinePress',
  /** Blood flow into the muscle (1 = normal). */
  'flow',
  /** Pain signals travelling up the nerve. */
  'pain',
  /** Needle depth (0 = out, 1 = in the tight band). */
  'needle',
  /** The muscle grasping the needle. */
  'grasp',
  /** The stretch receptor firing. */
  'spindle',
  /** Blood drawn to the needle site, healing. */
  'healing',
  /** The electrical potential travelling along the nerve. */
  'current',
] as const;

export type VisualKey = (typeof VISUAL_KEYS)[number];
export type Visual = Record<VisualKey, number>;

/** A healthy, calm segment: where the story starts and where treatment aims to return. */
export const HEALTHY: Readonly<Visual> = Object.freeze({
  wear: 0,
  root: 0,
  sensitivity: 0,
  tightness: 0,
  strain: 0,
  jointPressure: 0,
  spinePress: 0,
  flow: 1,
  pain: 0,
  needle: 0,
  grasp: 0,
  spindle: 0,
  healing: 0,
  current: 0,
});

export function copyVisual(from: Readonly<Visual>, out: Visual = { ...HEALTHY }): Visual {
  for (const key of VISUAL_KEYS) out[key] = from[key];
  return out;
}

/** Writes a + (b − a)·t into `out` for the keys in `b` only (the others keep a's value). */
export function mixVisual(a: Readonly<Visual>, b: Partial<Visual>, t: number, out: Visual): Visual {
  for (const key of VISUAL_KEYS) {
    const to = b[key];
    out[key] = to === undefined ? a[key] : a[key] + (to - a[key]) * t;
  }
  return out;
}

/** Smooth start and end, so each change eases in and out. */
export function easeInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x * x * (3 - 2 * x);
}
