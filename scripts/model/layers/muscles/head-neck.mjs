// Head and neck: the chewing muscles (temporalis, masseter, the two pterygoids), and the neck's
// sternocleidomastoid, suboccipitals, splenius and semispinalis capitis, levator scapulae and
// the deep multifidus beside the cervical spine.
import { add, scale, sub } from '../../sdf.mjs';
import { belly, sheet, spindle } from './shapes.mjs';

/** @typedef {import('./place.mjs').Placer} Placer */
/** @typedef {import('./place.mjs').MuscleDef} MuscleDef */
/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */

/** @param {Placer} P @param {(x: number, y: number, z: number) => number} skin @returns {MuscleDef[]} */
export function headNeckMuscles(P, skin) {
  const Y = P.spineY;
  const B = P.bone;
  const mastoid = B.mastoid;
  const coronoid = B.mandibleCoronoid;
  const mandibleAngle = B.mandibleAngle;
  const condyle = B.mandibleCondyle;
  // not among the shared landmarks: the pterygoid plates behind the upper jaw
  const pterygoidPlate = /** @type {Vec3} */ ([0.031, 1.6, 0.022]);
  const manubrium = add(P.mid.sternumTop, [0.01, 0.004, 0]);
  const clavicleInner = add(B.clavicleMedial, [0.016, 0.002, -0.004]);
  const superiorAngle = B.scapulaSuperiorAngle;
  const c2Spine = add(P.vertebra('C2').tip, [0.004, 0, -0.002]);
  const c1Transverse = add(P.vertebra('C1').transverse, [0.003, 0, -0.004]);
  /** On the occiput below the nuchal line, just outside the skull, towards a point. */
  const onSkull = (/** @type {Vec3} */ towards) => {
    const c = /** @type {Vec3} */ ([0, 1.65, -0.03]);
    const d = sub(towards, c);
    return add(c, scale(d, 0.071 / Math.hypot(d[0], d[1], d[2])));
  };
  /** Beside the neck at height y: `side` out (0 = back … 1 = side … 2 = front), `depth` in. */
  const neck = (y, side, depth) => {
    const a = (side * Math.PI) / 2;
    return P.under([0, y, -0.025], [Math.sin(a), 0, -Math.cos(a)], depth);
  };

  return /** @type {MuscleDef[]} */ ([
    {
      id: 'temporalis',
      origin: B.temporalFossa,
      insertion: coronoid,
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.05, 1.655, 0.055],
              [0.064, 1.69, 0.025],
              [0.07, 1.695, -0.01],
              [0.07, 1.675, -0.045],
              [0.066, 1.65, -0.06],
            ],
            [
              [0.06, 1.63, 0.04],
              [0.066, 1.64, 0.02],
              [0.068, 1.636, 0.0],
              [0.068, 1.63, -0.02],
            ],
            [add(coronoid, [0.012, 0.002, 0.01]), add(coronoid, [0.014, 0.002, -0.004])],
          ],
          depth: [
            [0, 0.0015],
            [0.6, 0.002],
            [1, 0.007],
          ],
          thick: 0.006,
          across: 12,
          along: 14,
          tendonTo: coronoid,
        }),
      ],
    },
    {
      id: 'masseter',
      origin: B.zygomaticArch,
      insertion: add(mandibleAngle, [0.006, 0.004, 0.01]),
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.05, 1.614, 0.042],
              [0.056, 1.614, 0.005],
            ],
            [
              [0.052, 1.585, 0.03],
              [0.056, 1.585, -0.002],
            ],
            [
              [0.046, 1.556, 0.022],
              [0.05, 1.557, -0.006],
            ],
          ],
          depth: 0.002,
          thick: 0.008,
          across: 8,
          along: 10,
        }),
      ],
    },
    {
      id: 'lateral-pterygoid',
      origin: pterygoidPlate,
      insertion: condyle,
      pieces: [
        spindle({
          path: [pterygoidPlate, [0.042, 1.604, 0.006], add(condyle, [-0.002, 0, 0.006])],
          section: belly(0.006, 0.004, 0.003, 0.3, 0.6),
          hint: [0, 1, 0],
          rings: 10,
          around: 10,
        }),
      ],
    },
    {
      id: 'medial-pterygoid',
      origin: add(pterygoidPlate, [0, -0.006, -0.004]),
      insertion: add(mandibleAngle, [-0.008, 0.006, 0.002]),
      pieces: [
        spindle({
          path: [
            add(pterygoidPlate, [0, -0.006, -0.004]),
            [0.034, 1.578, 0.008],
            add(mandibleAngle, [-0.008, 0.006, 0.002]),
          ],
          section: belly(0.007, 0.0035, 0.003, 0.35, 0.65),
          hint: [0, 0, 1],
          rings: 10,
          around: 10,
        }),
      ],
    },
    {
      id: 'sternocleidomastoid',
      origin: mastoid,
      insertion: manubrium,
      pieces: [
        spindle({
          path: [
            mastoid,
            neck(1.56, 1.05, 0.009),
            neck(1.5, 1.45, 0.008),
            add(manubrium, [0, 0.008, -0.004]),
          ],
          section: belly(0.011, 0.005, 0.004, 0.25, 0.7),
          hint: [0, 0, 1],
          rings: 18,
          around: 12,
        }),
        spindle({
          path: [
            add(mastoid, [0.002, -0.004, 0.004]),
            neck(1.54, 1.15, 0.01),
            neck(1.48, 1.35, 0.008),
            clavicleInner,
          ],
          section: belly(0.009, 0.004, 0.003, 0.35, 0.7),
          hint: [0, 0, 1],
          rings: 16,
          around: 10,
        }),
      ],
    },
    {
      id: 'suboccipitals',
      origin: c2Spine,
      insertion: onSkull([0.025, 1.6, -0.09]),
      pieces: [
        // rectus capitis posterior major and minor, obliquus capitis inferior and superior
        spindle({
          path: [c2Spine, [0.016, 1.588, -0.072], onSkull([0.025, 1.6, -0.09])],
          section: belly(0.007, 0.003, 0.003),
          hint: [1, 0, 0],
          rings: 8,
          around: 10,
        }),
        spindle({
          path: [add(P.vertebra('C1').tip, [0.005, -0.005, -0.007]), onSkull([0.008, 1.6, -0.1])],
          section: belly(0.005, 0.0025, 0.0025),
          hint: [1, 0, 0],
          rings: 6,
          around: 8,
        }),
        spindle({
          path: [c2Spine, [0.02, 1.588, -0.06], c1Transverse],
          section: belly(0.006, 0.004, 0.003),
          hint: [0, 1, 0],
          rings: 8,
          around: 10,
        }),
        spindle({
          path: [c1Transverse, [0.042, 1.598, -0.062], onSkull([0.04, 1.6, -0.08])],
          section: belly(0.005, 0.003, 0.003),
          hint: [1, 0, 0],
          rings: 6,
          around: 8,
        }),
      ],
    },
    {
      id: 'splenius-capitis',
      origin: P.vertebra('C7').tip,
      insertion: add(mastoid, [0.004, 0.006, -0.01]),
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.006, 1.56, -0.08],
              [0.006, Y.C7, -0.09],
              [0.006, Y.T3, -0.1],
            ],
            [
              [0.025, 1.575, -0.08],
              [0.03, 1.54, -0.08],
              [0.035, 1.51, -0.08],
            ],
            [
              [0.042, 1.612, -0.08],
              [0.06, 1.605, -0.05],
            ],
          ],
          depth: [
            [0, 0.009],
            [0.7, 0.008],
            [1, 0.005],
          ],
          thick: 0.005,
          across: 10,
          along: 14,
        }),
      ],
    },
    {
      id: 'semispinalis-capitis',
      origin: P.vertebra('T3').transverse,
      insertion: onSkull([0.02, 1.63, -0.1]),
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.012, Y.T3, -0.1],
              [0.035, Y.T4, -0.1],
            ],
            [
              [0.008, 1.54, -0.08],
              [0.03, 1.54, -0.08],
            ],
            [
              [0.006, 1.615, -0.09],
              [0.034, 1.615, -0.085],
            ],
          ],
          depth: [
            [0, 0.012],
            [0.6, 0.012],
            [1, 0.005],
          ],
          thick: 0.006,
          across: 8,
          along: 16,
        }),
      ],
    },
    {
      id: 'levator-scapulae',
      origin: c1Transverse,
      insertion: add(superiorAngle, [0, 0.006, -0.006]),
      pieces: [
        spindle({
          path: [
            c1Transverse,
            neck(1.55, 0.75, 0.016),
            neck(1.49, 0.6, 0.014),
            add(superiorAngle, [0, 0.006, -0.006]),
          ],
          section: belly(0.01, 0.005, 0.004, 0.25, 0.65),
          hint: [1, 0, 0.3],
          rings: 16,
          around: 10,
        }),
      ],
    },
    {
      id: 'multifidus-neck',
      origin: add(P.vertebra('T1').tip, [0.012, 0, 0.008]),
      insertion: c2Spine,
      pieces: [
        spindle({
          path: [
            add(P.back(0.014, Y.T1, 0.03), [0, 0, 0]),
            neck(Y.C6, 0.15, 0.028),
            neck(Y.C4, 0.15, 0.026),
            add(c2Spine, [0.008, 0, 0.004]),
          ],
          section: [
            [0, 0.004, 0.003],
            [0.2, 0.007, 0.005],
            [0.8, 0.007, 0.005],
            [1, 0.004, 0.003],
          ],
          hint: [1, 0, 0],
          rings: 14,
          around: 10,
        }),
      ],
    },
  ]);
}
