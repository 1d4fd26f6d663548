import { Color, GreaterDepth, MeshBasicMaterial, MeshMatcapMaterial } from 'three';
import { createStudioMatcap } from './skin/matcap';

// What markers on the body share (the comparison's and the segmental view's needle markers, the
// pain chart's marks): a lit solid pass, a faint pass for the ones the body hides, and a size that
// grows with distance so a whole-body view still shows them.

// Sizes move in steps, so a turn of the camera rewrites the few matrices only now and then.
const SIZE_STEP = 0.1;

/** How much a marker this far from the eye is enlarged: 1 up to `fullSizeDistance`, at most `maxGrowth`. */
export const growthAt = (distance: number, fullSizeDistance: number, maxGrowth: number): number =>
  Math.round(Math.min(maxGrowth, Math.max(1, distance / fullSizeDistance)) / SIZE_STEP) * SIZE_STEP;

/**
 * The solid pass's material (the studio matcap, coloured per instance or by `color`) and the faint
 * pass's, drawn only where the skin is in front: the hidden markers, seen faintly through the body.
 */
export function markerMaterials(ghost: { opacity: number; color?: string }): {
  material: MeshMatcapMaterial;
  ghostMaterial: MeshBasicMaterial;
} {
  const { texture, scale } = createStudioMatcap(32);
  const material = new MeshMatcapMaterial({ matcap: texture, color: new Color(scale, scale, scale) });
  material.addEventListener('dispose', () => texture.dispose());
  const ghostMaterial = new MeshBasicMaterial({
    ...(ghost.color ? { color: ghost.color } : {}),
    transparent: true,
    opacity: ghost.opacity,
    depthWrite: false,
    depthFunc: GreaterDepth,
  });
  return { material, ghostMaterial };
}
