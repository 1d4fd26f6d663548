// Shoulder girdle and upper back: the three parts of trapezius, rhomboids, the rotator cuff
// muscles that show (supraspinatus, infraspinatus), deltoid, pectoralis major and latissimus dorsi.
// Broad sheets follow the skin; the deeper ones sit under them.
import { add } from '../../sdf.mjs';
import { sheet, spindle } from './shapes.mjs';

/** @typedef {import('./place.mjs').Placer} Placer */
/** @typedef {import('./place.mjs').MuscleDef} MuscleDef */
/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */

/** @param {Placer} P @param {(x: number, y: number, z: number) => number} skin @returns {MuscleDef[]} */
export function shoulderMuscles(P, skin) {
  const Y = P.spineY;
  const mid = (/** @type {number} */ y) => /** @type {Vec3} */ ([0.004, y, -0.1]);
  // the scapula of our figure: spine from its root to the acromion, medial border, angles
  const acromion = P.s.acromion;
  const spineRoot = /** @type {Vec3} */ ([0.072, 1.392, -0.092]);
  const superiorAngle = /** @type {Vec3} */ ([0.078, 1.43, -0.082]);
  const inferiorAngle = /** @type {Vec3} */ ([0.092, 1.255, -0.088]);
  const clavicleOuter = /** @type {Vec3} */ ([0.15, 1.455, 0.005]);
  const greaterTubercle = add(P.s.shoulder, [0.02, 0.012, 0.0]);
  const deltoidTuberosity = add(P.upper(0.45), [0.02, 0, 0.002]);
  const bicipitalGroove = add(P.upper(0.12), [0.008, 0, 0.022]);

  return [
    {
      id: 'upper-trapezius',
      origin: [0.003, 1.622, -0.095], // external occipital protuberance
      insertion: clavicleOuter,
      pieces: [
        sheet(skin, {
          rows: [
            [mid(1.625), mid(1.565), mid(Y.C7)],
            [
              [0.04, 1.57, -0.07],
              [0.055, 1.525, -0.06],
              [0.07, 1.49, -0.07],
            ],
            [clavicleOuter, [0.17, 1.455, -0.01], add(acromion, [-0.005, 0.005, -0.012])],
          ],
          depth: 0.0018,
          thick: [
            [0, 0.004],
            [0.5, 0.008],
            [1, 0.005],
          ],
          across: 12,
          along: 22,
        }),
      ],
    },
    {
      id: 'middle-trapezius',
      origin: [0.003, Y.T2, -0.095],
      insertion: add(acromion, [-0.02, 0, -0.03]),
      pieces: [
        sheet(skin, {
          rows: [
            [mid(Y.C7 - 0.012), mid(Y.T2), mid(Y.T4)],
            [
              [0.06, 1.47, -0.1],
              [0.06, 1.43, -0.1],
              [0.06, 1.4, -0.1],
            ],
            [add(acromion, [-0.01, 0, -0.03]), [0.13, 1.425, -0.09], [0.09, 1.4, -0.1]],
          ],
          depth: 0.0018,
          thick: 0.005,
          across: 10,
          along: 16,
        }),
      ],
    },
    {
      id: 'lower-trapezius',
      origin: [0.003, Y.T9, -0.085],
      insertion: spineRoot,
      pieces: [
        sheet(skin, {
          rows: [
            [mid(Y.T4 - 0.01), mid(Y.T8), mid(Y.T12)],
            [
              [0.05, 1.36, -0.1],
              [0.045, 1.3, -0.1],
              [0.035, 1.24, -0.1],
            ],
            [add(spineRoot, [0, 0.005, 0]), add(spineRoot, [0.008, -0.008, 0])],
          ],
          depth: 0.0015,
          thick: 0.004,
          across: 10,
          along: 18,
        }),
      ],
    },
    {
      id: 'rhomboids',
      origin: [0.003, Y.T2, -0.085],
      insertion: add(inferiorAngle, [-0.005, 0.02, 0]),
      pieces: [
        sheet(skin, {
          rows: [
            [mid(Y.C7), mid(Y.T5)],
            [
              [0.04, 1.48, -0.1],
              [0.05, 1.33, -0.1],
            ],
            [add(superiorAngle, [-0.006, -0.02, 0]), add(inferiorAngle, [-0.004, 0.006, 0])],
          ],
          depth: 0.0085,
          thick: 0.006,
          across: 10,
          along: 12,
        }),
      ],
    },
    {
      id: 'supraspinatus',
      origin: add(superiorAngle, [0.01, -0.01, -0.005]),
      insertion: greaterTubercle,
      pieces: [
        spindle({
          path: [
            add(superiorAngle, [0.01, -0.012, 0.006]),
            [0.12, 1.427, -0.066],
            [0.16, 1.43, -0.035],
            greaterTubercle,
          ],
          section: [
            [0, 0.01, 0.004],
            [0.35, 0.016, 0.008],
            [0.7, 0.012, 0.007],
            [1, 0.005, 0.003],
          ],
          hint: [0, 1, 0.2],
          rings: 16,
          around: 12,
        }),
      ],
    },
    {
      id: 'infraspinatus',
      origin: add(spineRoot, [0.01, -0.06, 0.005]),
      insertion: add(greaterTubercle, [0, -0.01, -0.02]),
      pieces: [
        sheet(skin, {
          rows: [
            [add(spineRoot, [0.004, -0.012, 0]), [0.076, 1.32, -0.1], add(inferiorAngle, [0.004, 0.01, 0])],
            [
              [0.12, 1.38, -0.1],
              [0.125, 1.34, -0.1],
              [0.13, 1.3, -0.1],
            ],
            [
              [0.175, 1.405, -0.06],
              [0.178, 1.395, -0.055],
            ],
          ],
          depth: 0.004,
          thick: 0.011,
          across: 10,
          along: 14,
        }),
      ],
    },
    {
      id: 'deltoid',
      origin: add(acromion, [0, 0.005, 0]),
      insertion: deltoidTuberosity,
      pieces: [
        sheet(skin, {
          rows: [
            [[0.125, 1.45, 0.03], clavicleOuter, add(acromion, [0.004, 0.006, 0]), [0.16, 1.44, -0.05], [0.12, 1.42, -0.08]],
            [
              [0.17, 1.38, 0.05],
              [0.205, 1.39, 0.035],
              [0.235, 1.38, -0.01],
              [0.21, 1.38, -0.055],
              [0.17, 1.37, -0.07],
            ],
            [add(deltoidTuberosity, [0, 0.012, 0.01]), add(deltoidTuberosity, [0.003, -0.002, -0.004])],
          ],
          depth: 0.002,
          thick: [
            [0, 0.006],
            [0.45, 0.013],
            [1, 0.005],
          ],
          across: 16,
          along: 18,
        }),
      ],
    },
    {
      id: 'pectoralis-major',
      origin: [0.006, 1.36, 0.09], // sternum
      insertion: bicipitalGroove,
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.1, 1.448, 0.04],
              [0.04, 1.445, 0.05],
              [0.006, 1.41, 0.08],
              [0.006, 1.32, 0.11],
              [0.006, 1.24, 0.11],
              [0.05, 1.215, 0.11],
            ],
            [
              [0.145, 1.42, 0.05],
              [0.135, 1.39, 0.08],
              [0.13, 1.35, 0.09],
              [0.135, 1.3, 0.08],
            ],
            [add(bicipitalGroove, [-0.005, 0.03, 0.012]), add(bicipitalGroove, [-0.008, -0.01, 0.01])],
          ],
          depth: 0.002,
          thick: [
            [0, 0.006],
            [0.5, 0.011],
            [1, 0.006],
          ],
          across: 14,
          along: 16,
        }),
      ],
    },
    {
      id: 'latissimus-dorsi',
      origin: [0.05, 1.0, -0.07], // iliac crest (back)
      insertion: add(bicipitalGroove, [-0.015, 0, -0.01]),
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.02, Y.T7, -0.1],
              [0.03, 1.2, -0.1],
              [0.06, 1.1, -0.08],
              [0.1, 1.01, -0.07],
              [0.14, 1.03, -0.01],
            ],
            [
              [0.1, 1.29, -0.1],
              [0.125, 1.22, -0.09],
              [0.145, 1.16, -0.05],
            ],
            [
              [0.165, 1.34, -0.05],
              [0.168, 1.325, -0.03],
            ],
          ],
          depth: [
            [0, 0.004],
            [1, 0.003],
          ],
          thick: 0.0045,
          across: 14,
          along: 18,
        }),
      ],
    },
  ].map((m) => ({ ...m, origin: /** @type {Vec3} */ (m.origin), insertion: /** @type {Vec3} */ (m.insertion) }));
}

