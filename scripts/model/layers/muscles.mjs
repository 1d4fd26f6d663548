// Placeholder: one small triangle, so the pipeline runs end to end until the real builder lands.
/** @param {import('./build-layers.mjs').LayerContext} _ctx @returns {import('./build-layers.mjs').LayerGeometry} */
export function buildMuscles(_ctx) {
  return {
    positions: new Float32Array([0, 1, 0, 0.01, 1, 0, 0, 1.01, 0]),
    normals: new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]),
    indices: new Uint32Array([0, 1, 2]),
    parts: new Uint8Array(3),
  };
}
