// The skeleton layer: every bone named in BONE_IDS as its own part of ONE mesh. Each bone is a
// small distance field (skeleton/*.mjs) meshed in its own box and simplified, or a tube; bones of
// one side are built for the left and mirrored, so both sides match exactly.
import { BONE_IDS } from '../../../src/content/anatomyIdList.mjs';
import { joinPieces, meshField, mirror } from './skeleton/geometry.mjs';
import { headParts } from './skeleton/head.mjs';
import { limbParts } from './skeleton/limbs.mjs';
import { spineParts } from './skeleton/spine.mjs';
import { trunkParts } from './skeleton/trunk.mjs';

/** @typedef {import('./skeleton/geometry.mjs').PartPiece} PartPiece */

/**
 * @param {import('./build-layers.mjs').LayerContext} _ctx
 * @returns {Promise<import('./build-layers.mjs').LayerGeometry>}
 */
export async function buildSkeleton(_ctx) {
  /** @type {PartPiece[]} */
  const pieces = [];
  const partOf = (/** @type {string} */ id) => {
    const i = BONE_IDS.indexOf(/** @type {typeof BONE_IDS[number]} */ (id));
    if (i < 0) throw new Error(`unknown bone ${id}`);
    return i;
  };
  for (const b of [...spineParts(), ...headParts(), ...trunkParts(), ...limbParts()]) {
    const piece = 'piece' in b && b.piece ? b.piece : await meshField(b.node, b);
    const part = partOf(b.id);
    pieces.push({ part, piece });
    if (b.paired) pieces.push({ part, piece: mirror(piece) });
  }
  return joinPieces(pieces);
}
