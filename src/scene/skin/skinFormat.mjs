// How the skin is stored in public/models/body.glb: the contract between the model generator
// (scripts/model, plain Node) and the app's skin shader. Plain JavaScript so that both import it.
//
// The skin is ONE mesh. Every vertex carries three one-byte attributes:
//   _REGION  index into REGION_IDS of the region the vertex belongs to. The three corners of a
//            triangle always share it (vertices on a border are stored once per region), so a
//            triangle's region is the region of any of its corners: that is how picking works.
//   _NEAR    index of the region across the nearest border (the region itself when it has none).
//   _EDGE    distance along the skin to that border, as a fraction of EDGE_RANGE_M (255 = as far
//            as that or further). The shader blends a region's look into its neighbour's over a
//            few millimetres either side of the border, so highlights have soft, smooth edges.
// three.js loads them as the geometry attributes `_region`, `_near` and `_edge` (lower case).

/** glTF attribute names, as written by the generator. */
export const SKIN_ATTRIBUTES = Object.freeze(
  /** @type {const} */ ({ region: '_REGION', near: '_NEAR', edge: '_EDGE' }),
);

/** The distance (metres) that an `_EDGE` of 255 stands for. */
export const EDGE_RANGE_M = 0.04;
