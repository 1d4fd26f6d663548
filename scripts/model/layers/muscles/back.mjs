// The back's own muscles: erector spinae in two columns (spinalis with longissimus, and
// iliocostalis), the deep multifidus beside the thoracic and lumbar spine, quadratus lumborum
// and psoas in front of them.
import { add } from '../../sdf.mjs';
import { sheet, spindle } from './shapes.mjs';

/** @typedef {import('./place.mjs').Placer} Placer */
/** @typedef {import('./place.mjs').MuscleDef} MuscleDef */
/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */

/** @param {Placer} P @param {(x: number, y: number, z: number) => number} skin @returns {MuscleDef[]} */
export function backMuscles(P, skin) {
  const Y = P.spineY;
  const b = (/** @type {number} */ x, /** @type {number} */ y) => /** @type {Vec3} */ ([x, y, -0.12]);
  /** Under the trapezius and latissimus (whose sheet and fascia cover it down to the sacrum). */
  const erectorDepth = [
    [0, 0.008],
    [0.35, 0.0095],
    [0.6, 0.0095],
    [1, 0.011],
  ];
  const lesserTrochanter = add(P.bone.lesserTrochanter, [-0.004, 0, 0.006]);
  // not among the shared landmarks: the twelfth rib, out beside T12
  const twelfthRib = /** @type {Vec3} */ ([0.06, Y.T12 - 0.005, -0.04]);
  const iliacCrestBack = P.bone.iliacCrestBack;
  const tip = (/** @type {string} */ level) => P.vertebra(level).tip;

  return /** @type {MuscleDef[]} */ ([
    {
      id: 'erector-spinae',
      origin: add(tip('S2'), [0.02, 0, 0]),
      insertion: add(tip('T1'), [0.025, 0, 0.004]),
      pieces: [
        // spinalis and longissimus, beside the spinous processes
        sheet(skin, {
          rows: [
            [b(0.012, 0.94), b(0.03, 0.95)],
            [b(0.013, Y.L3), b(0.036, Y.L3)],
            [b(0.013, Y.T10), b(0.034, Y.T10)],
            [b(0.012, Y.T4), b(0.03, Y.T4)],
            [b(0.012, Y.T1), b(0.026, Y.T1)],
          ],
          depth: erectorDepth,
          thick: [
            [0, 0.012],
            [0.3, 0.022],
            [0.6, 0.013],
            [1, 0.007],
          ],
          across: 6,
          along: 28,
        }),
        // iliocostalis, lateral, to the angles of the ribs
        sheet(skin, {
          rows: [
            [b(0.032, 0.965), b(0.06, 0.985)],
            [b(0.038, Y.L3), b(0.064, Y.L3)],
            [b(0.037, Y.T10), b(0.066, Y.T10)],
            [b(0.033, Y.T4), b(0.058, Y.T4)],
            [b(0.028, Y.C7), b(0.038, Y.C7 - 0.01)],
          ],
          depth: erectorDepth,
          thick: [
            [0, 0.01],
            [0.3, 0.016],
            [0.6, 0.01],
            [1, 0.005],
          ],
          across: 6,
          along: 28,
        }),
      ],
    },
    {
      id: 'multifidus-thoracic',
      origin: add(tip('T12'), [0.012, 0, 0]),
      insertion: add(tip('T1'), [0.01, 0, 0.004]),
      pieces: [
        spindle({
          path: [
            P.back(0.012, Y.T12, 0.02),
            P.back(0.012, Y.T8, 0.02),
            P.back(0.012, Y.T4, 0.02),
            P.back(0.011, Y.T1, 0.021),
          ],
          section: [
            [0, 0.005, 0.003],
            [0.1, 0.006, 0.004],
            [0.9, 0.006, 0.004],
            [1, 0.004, 0.003],
          ],
          hint: [1, 0, 0],
          rings: 22,
          around: 10,
        }),
      ],
    },
    {
      id: 'multifidus-lumbar',
      origin: add(tip('S2'), [0.015, 0, 0.006]),
      insertion: add(tip('L1'), [0.012, 0, 0]),
      pieces: [
        spindle({
          path: [
            P.back(0.016, Y.S4, 0.018),
            P.back(0.019, Y.S1, 0.02),
            P.back(0.02, Y.L3, 0.022),
            P.back(0.014, Y.L1, 0.026),
          ],
          section: [
            [0, 0.006, 0.004],
            [0.3, 0.01, 0.009],
            [0.7, 0.009, 0.008],
            [1, 0.005, 0.004],
          ],
          hint: [1, 0, 0],
          rings: 16,
          around: 12,
        }),
      ],
    },
    {
      id: 'quadratus-lumborum',
      origin: iliacCrestBack,
      insertion: twelfthRib,
      pieces: [
        spindle({
          path: [iliacCrestBack, [0.055, Y.L3, -0.035], twelfthRib],
          section: [
            [0, 0.014, 0.005],
            [0.3, 0.02, 0.008],
            [0.7, 0.018, 0.008],
            [1, 0.012, 0.004],
          ],
          hint: [1, 0, 0.15],
          rings: 12,
          around: 12,
        }),
      ],
    },
    {
      id: 'psoas',
      origin: add(P.vertebra('T12').body, [0.024, 0, -0.004]),
      insertion: lesserTrochanter,
      pieces: [
        spindle({
          path: [
            add(P.vertebra('T12').body, [0.024, 0, -0.004]),
            add(P.vertebra('L3').body, [0.038, 0, 0.0]),
            add(P.vertebra('L5').body, [0.048, -0.02, 0.01]),
            [0.068, 0.9, 0.03],
            [0.075, 0.87, 0.03],
            lesserTrochanter,
          ],
          section: [
            [0, 0.006, 0.005],
            [0.25, 0.015, 0.013],
            [0.6, 0.018, 0.015],
            [0.85, 0.011, 0.01],
            [1, 0.005, 0.004],
          ],
          hint: [1, 0, 0],
          rings: 22,
          around: 12,
        }),
      ],
    },
  ]);
}
