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
  // just across the midline, so that the two sides' sheets meet without a gap
  const mid = (/** @type {number} */ y) => /** @type {Vec3} */ ([-0.002, y, -0.1]);
  // the scapula of our figure: spine from its root to the acromion, medial border, angles
  const B = P.bone;
  const acromion = B.acromion;
  const spineRoot = B.scapulaMedialBorder;
  const inferiorAngle = B.scapulaInferiorAngle;
  const clavicleOuter = B.clavicleLateral;
  const greaterTubercle = B.greaterTubercle;
  const deltoidTuberosity = B.deltoidTuberosity;
  // not among the shared landmarks: the groove between the tubercles, on the front of the humerus
  const bicipitalGroove = add(P.upper(0.12), [0.008, 0, 0.02]);
  const tip = (/** @type {string} */ level) => P.vertebra(level).tip;

  return [
    {
      id: 'upper-trapezius',
      origin: P.mid.externalOccipitalProtuberance,
      insertion: clavicleOuter,
      pieces: [
        sheet(skin, {
          rows: [
            // the superior nuchal line out to a third of its length, the protuberance, and the
            // midline of the neck down to C7
            [[0.032, 1.626, -0.09], mid(1.632), mid(1.565), mid(Y.C7)],
            [
              [0.05, 1.55, -0.04],
              [0.045, 1.55, -0.06],
              [0.055, 1.51, -0.07],
              [0.075, 1.478, -0.085],
            ],
            [
              add(clavicleOuter, [-0.035, 0.002, 0.012]),
              clavicleOuter,
              [0.17, 1.455, -0.01],
              add(acromion, [-0.005, 0.005, -0.012]),
            ],
          ],
          depth: 0.0018,
          thick: [
            [0, 0.004],
            [0.5, 0.008],
            [1, 0.005],
          ],
          across: 14,
          along: 24,
        }),
      ],
    },
    {
      id: 'middle-trapezius',
      origin: tip('T2'),
      insertion: add(acromion, [-0.02, 0, -0.03]),
      pieces: [
        sheet(skin, {
          rows: [
            [mid(Y.C7), mid(Y.T2), mid(Y.T4)],
            [
              [0.06, 1.476, -0.1],
              [0.06, 1.43, -0.1],
              [0.06, 1.4, -0.1],
            ],
            [add(acromion, [-0.01, 0, -0.03]), [0.13, 1.425, -0.09], [0.09, 1.4, -0.1]],
          ],
          // a little under the upper part where they overlap at the base of the neck
          depth: 0.0026,
          thick: 0.005,
          across: 10,
          along: 16,
        }),
      ],
    },
    {
      id: 'lower-trapezius',
      origin: tip('T9'),
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
      origin: tip('T2'),
      insertion: add(inferiorAngle, [-0.01, 0.05, 0.0]),
      pieces: [
        sheet(skin, {
          rows: [
            [mid(Y.C7), mid(Y.T5)],
            [
              [0.04, 1.48, -0.1],
              [0.05, 1.33, -0.1],
            ],
            [add(spineRoot, [0.004, 0.01, -0.01]), add(inferiorAngle, [-0.004, 0.008, 0])],
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
      origin: B.supraspinousFossa,
      insertion: greaterTubercle,
      pieces: [
        spindle({
          path: [
            add(B.supraspinousFossa, [-0.014, 0.008, -0.004]),
            add(B.supraspinousFossa, [0, 0.004, -0.006]),
            [0.125, 1.452, -0.045],
            // under the acromion, in front of the spine of the scapula, then over the humeral head
            [0.15, 1.446, -0.016],
            add(B.humeralHead, [0, 0.027, 0]),
            add(B.humeralHead, [0.019, 0.019, 0.002]),
            add(greaterTubercle, [0.004, 0.004, 0]),
          ],
          section: [
            [0, 0.008, 0.004],
            [0.35, 0.011, 0.008],
            [0.7, 0.01, 0.007],
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
      origin: B.infraspinousFossa,
      insertion: add(greaterTubercle, [0, -0.008, -0.014]),
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
          tendonTo: add(greaterTubercle, [0, -0.008, -0.014]),
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
            [
              [0.125, 1.45, 0.03],
              clavicleOuter,
              add(acromion, [0.004, 0.006, 0]),
              [0.16, 1.44, -0.05],
              [0.12, 1.42, -0.08],
            ],
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
          across: 18,
          along: 20,
          tendonTo: add(deltoidTuberosity, [0.006, 0, 0]),
        }),
      ],
    },
    {
      id: 'pectoralis-major',
      origin: P.mid.sternalAngle,
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
          across: 18,
          along: 20,
          tendonTo: bicipitalGroove,
        }),
      ],
    },
    {
      id: 'latissimus-dorsi',
      origin: tip('T10'),
      insertion: add(bicipitalGroove, [-0.008, 0, -0.01]),
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.004, Y.T7, -0.1],
              [0.008, Y.T10, -0.1],
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
          across: 18,
          along: 22,
          tendonTo: add(bicipitalGroove, [-0.008, 0, -0.01]),
        }),
      ],
    },
  ].map((m) => ({
    ...m,
    origin: /** @type {Vec3} */ (m.origin),
    insertion: /** @type {Vec3} */ (m.insertion),
  }));
}
