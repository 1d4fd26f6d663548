// The skeleton as ONE distance field: the same shapes the skeleton layer is meshed from (both
// sides), with the tube-built bones (ribs, clavicles) as the capsules along their axes.
// Exact enough to test that muscles lie outside the bones and nerves beside them; the quicker
// `boneDistance` in ../bony-landmarks.mjs is a rougher capsule model of the same bones.
import { mirror } from './geometry.mjs';
import { headParts } from './head.mjs';
import { limbParts } from './limbs.mjs';
import { spineParts } from './spine.mjs';
import { trunkParts } from './trunk.mjs';

/** @typedef {import('../../sdf.mjs').SdfNode} SdfNode */
/** @typedef {(x: number, y: number, z: number) => number} Field */

/** A field mirrored across x = 0. @param {SdfNode} n @returns {SdfNode} */
function mirrored(n) {
  return {
    box: {
      min: [-n.box.max[0], n.box.min[1], n.box.min[2]],
      max: [-n.box.min[0], n.box.max[1], n.box.max[2]],
    },
    dist: (x, y, z) => n.dist(-x, y, z),
  };
}

/** Grid cell for the capsules, and how far from a capsule its distance is exact (metres). */
const CELL = 0.04;
const REACH = 0.03;

/** Distance from a point to the segment a–b. */
function segment(/** @type {number[]} */ a, /** @type {number[]} */ b, x, y, z) {
  const abx = b[0] - a[0];
  const aby = b[1] - a[1];
  const abz = b[2] - a[2];
  const l2 = abx * abx + aby * aby + abz * abz;
  const t =
    l2 > 0 ? Math.min(1, Math.max(0, ((x - a[0]) * abx + (y - a[1]) * aby + (z - a[2]) * abz) / l2)) : 0;
  return Math.hypot(x - a[0] - abx * t, y - a[1] - aby * t, z - a[2] - abz * t);
}

/**
 * Builds the skeleton's field (a few hundred ms): signed distance to the nearest bone, metres,
 * negative inside; exact within a few centimetres of the bones (farther, it only says "at least
 * REACH"). The tube-built bones count as their axis capsules (as thick as the tube's thinner side).
 * @returns {Field}
 */
export function skeletonField() {
  /** @type {SdfNode[]} */
  const nodes = [];
  /** @type {import('./geometry.mjs').Capsule[]} */
  const capsules = [];
  for (const p of [...spineParts(), ...headParts(), ...trunkParts(), ...limbParts()]) {
    if ('node' in p && p.node) {
      nodes.push(p.node);
      if (p.paired) nodes.push(mirrored(p.node));
    } else if ('piece' in p && p.piece) {
      const own = p.piece.capsules ?? [];
      capsules.push(...own);
      if (p.paired)
        capsules.push(...(mirror({ positions: [], normals: [], indices: [], capsules: own }).capsules ?? []));
    }
  }
  // the capsules by grid cell (every cell within REACH of a capsule lists it); farther than that
  // from all of them, the capsules' distance counts as REACH
  const grid = new Map();
  const cellOf = (/** @type {number} */ v) => Math.floor(v / CELL);
  for (const c of capsules) {
    const lo = [0, 1, 2].map((i) => cellOf(Math.min(c.a[i], c.b[i]) - c.r - REACH));
    const hi = [0, 1, 2].map((i) => cellOf(Math.max(c.a[i], c.b[i]) + c.r + REACH));
    for (let i = lo[0]; i <= hi[0]; i++)
      for (let j = lo[1]; j <= hi[1]; j++)
        for (let k = lo[2]; k <= hi[2]; k++) {
          const key = `${i},${j},${k}`;
          const list = grid.get(key);
          if (list) list.push(c);
          else grid.set(key, [c]);
        }
  }
  return (x, y, z) => {
    let d = REACH;
    for (const c of grid.get(`${cellOf(x)},${cellOf(y)},${cellOf(z)}`) ?? [])
      d = Math.min(d, segment(c.a, c.b, x, y, z) - c.r);
    for (const n of nodes) {
      const { min, max } = n.box;
      const bx = Math.max(min[0] - x, 0, x - max[0]);
      const by = Math.max(min[1] - y, 0, y - max[1]);
      const bz = Math.max(min[2] - z, 0, z - max[2]);
      const outside = Math.sqrt(bx * bx + by * by + bz * bz);
      if (outside > 0 && outside >= d) continue;
      d = Math.min(d, n.dist(x, y, z));
    }
    return d;
  };
}
