// The nerve layer: the spinal roots at every level (one part per level, both sides) and the main
// nerves along their course (nerves/courses.mjs), as smooth tubes in ONE mesh. Each course is
// smoothed, kept a little inside the skin, and built for the left side, then mirrored.
import { NERVE_IDS, ROOT_LEVELS } from '../../../src/content/anatomyIdList.mjs';
import { gradient } from '../mesher.mjs';
import { mainCourses, rootCourse } from './nerves/courses.mjs';
import { joinPieces, mirror, resample, smooth, tube } from './skeleton/geometry.mjs';

/** @typedef {import('../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('./nerves/courses.mjs').Course} Course */

/** How far inside the skin a nerve's surface stays at least. */
const SKIN_MARGIN = 0.003;

/**
 * A smooth path through a course's points, pulled inside the skin where a straight run between
 * landmarks would cut the surface.
 * @param {Course} c @param {(x: number, y: number, z: number) => number} skin @returns {Vec3[]}
 */
export function coursePath(c, skin) {
  const pts = resample(smooth(c.points, 3), c.r > 0.002 ? 0.009 : 0.0065);
  return pts.map((p) => {
    const q = /** @type {Vec3} */ ([...p]);
    for (let i = 0; i < 4; i++) {
      const d = skin(q[0], q[1], q[2]) + c.r + SKIN_MARGIN;
      if (d <= 0) break;
      const g = gradient(skin, q[0], q[1], q[2]);
      q[0] -= g[0] * d;
      q[1] -= g[1] * d;
      q[2] -= g[2] * d;
    }
    return q;
  });
}

/**
 * @param {import('./build-layers.mjs').LayerContext} ctx
 * @returns {import('./build-layers.mjs').LayerGeometry}
 */
export function buildNerves(ctx) {
  /** @type {import('./skeleton/geometry.mjs').PartPiece[]} */
  const pieces = [];
  const add = (/** @type {string} */ id, /** @type {Course} */ c) => {
    const part = NERVE_IDS.indexOf(/** @type {typeof NERVE_IDS[number]} */ (id));
    if (part < 0) throw new Error(`unknown nerve ${id}`);
    const piece = tube(coursePath(c, ctx.skin), { ra: c.r, sides: c.r > 0.0028 ? 8 : 6 });
    pieces.push({ part, piece }, { part, piece: mirror(piece) });
  };
  for (const level of ROOT_LEVELS) add(`root-${level}`, rootCourse(level));
  for (const [id, courses] of Object.entries(mainCourses())) for (const c of courses) add(id, c);
  return joinPieces(pieces);
}
