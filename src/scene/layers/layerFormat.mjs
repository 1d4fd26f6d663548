// How the layers beneath the skin are stored: the contract between the model generator
// (scripts/model/layers, plain Node) and the app's layer shader. Plain JavaScript so both import it.
//
// Each layer is its own file (loaded the first time it is asked for), holding ONE mesh named like
// the layer under a root node of the same name. Its vertices carry the skin's three one-byte
// attributes (see ../skin/skinFormat.mjs), over the layer's own ids (content/anatomyIdList.mjs):
//   _REGION  index of the part (muscle, bone, nerve) in the layer's id list
//   _NEAR    the part across the nearest border; parts beneath the skin are separate pieces,
//            so it is the part itself
//   _EDGE    255 (no border nearby)
// Muscles add one more:
//   _FIBRE   distance across the fibres, in millimetres, modulo 256: the shader draws a soft stripe
//            every FIBRE_PERIOD_MM along it, so the stripes run the way the fibres run.
// three.js loads them as `_region`, `_near`, `_edge`, `_fibre`.

/** File (under public/models/) and mesh/root node name of each layer. */
export const LAYER_FILES = Object.freeze(
  /** @type {const} */ ({ muscles: 'muscles.glb', skeleton: 'skeleton.glb', nerves: 'nerves.glb' }),
);

/** glTF name of the fibre attribute (muscles only). */
export const FIBRE_ATTRIBUTE = '_FIBRE';

/** Width of one fibre stripe, in millimetres (divides 256, so the stripes never jump). */
export const FIBRE_PERIOD_MM = 4;

/** Referred-pain zones on the skin, per muscle: public/models/<REFERRAL_FILE>. */
export const REFERRAL_FILE = 'referral.json';

/**
 * Referral strength per skin vertex, 1–255: at least MAIN_ZONE_MIN in the main zone (255 at its
 * heart), below it the spill-over (fainter), 0 (absent) outside. Edges fall off smoothly.
 */
export const MAIN_ZONE_MIN = 160;

/**
 * The segmental view's data, public/models/<SEGMENTS_FILE>: each spinal level's vertebral centre,
 * root exit and label place, its dermatome on the skin (per level, like a referral zone: 255 on
 * the band, fading to 0 beyond its border) and the ASIA key sensory points, left then right.
 */
export const SEGMENTS_FILE = 'segments.json';
