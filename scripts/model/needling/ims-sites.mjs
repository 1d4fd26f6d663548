// IMS needle sites as landmarks: the middle of the tight muscle band of each muscle the content
// names (over the muscle's belly, where it can be felt), and one site beside the spine at each
// spinal level, over the deep back muscles (multifidus) about 2 cm from the midline.
import { add } from '../sdf.mjs';
import { SPINE_Y } from './body-frame.mjs';

/** @typedef {import('../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('./body-frame.mjs').SideFrame} SideFrame */

/** How far beside the midline the paraspinal sites sit: a little less on the neck. */
const PARASPINAL_X = { neck: 0.017, trunk: 0.021 };

/** @type {Record<string, (fr: SideFrame) => Vec3>} */
export const MUSCLE_SITES = {
  temporalis: (fr) => fr.ray([fr.mx(0.03), 1.672, 0.02], fr.dir(1, 0.2, 0.1)),
  masseter: (fr) => fr.ray([fr.mx(0.025), 1.58, 0.012], fr.dir(1, 0.1)),
  suboccipitals: (fr) => fr.ray([fr.mx(0.012), 1.592, -0.03], fr.dir(0.2, -1)),
  'splenius-capitis': (fr) => fr.ray([fr.mx(0.025), 1.55, -0.03], fr.dir(0.4, -1)),
  sternocleidomastoid: (fr) => fr.ray([fr.mx(0.01), 1.52, -0.01], fr.dir(0.9, 0.6)),
  'upper-trapezius': (fr) => fr.ray([fr.mx(0.075), 1.45, -0.035], fr.dir(0, -0.35, 1)),
  'levator-scapulae': (fr) => fr.back(0.065, 1.43),
  rhomboids: (fr) => fr.back(0.05, 1.345),
  infraspinatus: (fr) => fr.back(0.1, 1.325),
  'forearm-extensors': (fr) => fr.ray(fr.fore(2.5), fr.dorsal(0.05)),
  'forearm-flexors': (fr) => fr.ray(fr.fore(2.5), fr.dir(-0.85, 0.5)),
  'finger-flexors': (fr) => fr.ray(fr.fore(6), fr.hand.pn),
  'thenar-muscles': (fr) => fr.ray(fr.hand.at(0.035, 0.017, 0.01), fr.hand.pn),
  'quadratus-lumborum': (fr) => fr.ray([fr.mx(0.06), 1.09, -0.02], fr.dir(0.55, -1)),
  'gluteus-medius': (fr) => fr.ray([fr.mx(0.09), 0.955, -0.02], fr.dir(0.75, -0.8)),
  'gluteus-maximus': (fr) => fr.back(0.075, 0.86),
  piriformis: (fr) => fr.back(0.07, 0.905),
  'tensor-fasciae-latae': (fr) => fr.ray([fr.mx(0.1), 0.88, 0.0], fr.dir(1, 0.75)),
  'vastus-lateralis': (fr) => fr.ray(fr.thigh(5.5), fr.dir(1, 0.5)),
  'vastus-medialis': (fr) => fr.ray(add(fr.s.knee, [fr.mx(-0.028), 0.095, 0.018]), fr.dir(-0.8, 0.6)),
  gastrocnemius: (fr) => fr.ray(add(fr.s.knee, [fr.mx(-0.015), -0.125, -0.02]), fr.dir(-0.35, -1)),
  soleus: (fr) => fr.ray(fr.leg(9.5), fr.dir(0.75, -1)),
  'tibialis-posterior': (fr) => fr.ray(fr.leg(9.5), fr.dir(-1, -0.2)),
  'abductor-hallucis': (fr) => fr.ray(fr.foot.at(0.05, -0.012, 0.02), [-fr.foot.lat[0], 0, -fr.foot.lat[2]]),
};

/** The paraspinal site of one spinal level on one side. @param {SideFrame} fr @param {string} level */
export function paraspinalSite(fr, level) {
  const y = SPINE_Y[level];
  if (level.startsWith('C')) return fr.ray([fr.mx(PARASPINAL_X.neck), y, -0.025], fr.B);
  return fr.back(PARASPINAL_X.trunk, y);
}
