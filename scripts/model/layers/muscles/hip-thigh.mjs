// Hip and thigh: gluteus maximus over the buttock, gluteus medius and minimus on the side of the
// pelvis, piriformis deep from the sacrum to the greater trochanter, TFL into the IT band down
// the outer thigh, the quadriceps in front (rectus femoris, vastus lateralis and medialis) and
// the hamstrings behind.
import { add } from '../../sdf.mjs';
import { belly, sheet, spindle } from './shapes.mjs';

/** @typedef {import('./place.mjs').Placer} Placer */
/** @typedef {import('./place.mjs').MuscleDef} MuscleDef */
/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */

/** @param {Placer} P @param {(x: number, y: number, z: number) => number} skin @returns {MuscleDef[]} */
export function hipThighMuscles(P, skin) {
  const { s } = P;
  const B = P.bone;
  const greaterTrochanter = B.greaterTrochanter;
  /** The outer face of the greater trochanter, where the small gluteals end. */
  const trochanterFace = add(greaterTrochanter, [0.008, 0.006, 0.004]);
  const asis = B.asis;
  const psis = B.psis;
  const ischialTuberosity = add(B.ischialTuberosity, [0, -0.006, -0.006]);
  const patellaTop = add(B.patella, [0, 0.021, 0]);
  const fibularHead = add(B.fibularHead, [0.004, 0, -0.006]);
  // not among the shared landmarks: the lower iliac spine, the front of the sacrum, the outer
  // tibial condyle (Gerdy's tubercle) and the inner tibia below the knee (pes anserinus)
  const aiis = /** @type {Vec3} */ ([0.1, 0.925, 0.05]);
  const sacrumFront = /** @type {Vec3} */ ([0.028, 0.93, -0.045]);
  const gerdy = add(s.knee, [0.026, -0.04, 0.02]);
  const medialTibia = add(s.knee, [-0.03, -0.055, 0.012]);
  const glutealTuberosity = /** @type {Vec3} */ ([0.148, 0.83, -0.026]);
  /** Under the thigh's skin at fraction t from the hip, in the direction (x out, z forward). */
  const thigh = (t, x, z, depth) => P.under(P.thigh(t), [x, 0, z], depth);

  return /** @type {MuscleDef[]} */ ([
    {
      id: 'gluteus-maximus',
      origin: psis,
      insertion: glutealTuberosity,
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.07, 1.0, -0.08],
              [0.04, 0.96, -0.1],
              [0.015, 0.9, -0.11],
              [0.015, 0.85, -0.1],
            ],
            [
              [0.11, 0.96, -0.09],
              [0.085, 0.92, -0.12],
              [0.07, 0.86, -0.12],
              [0.07, 0.8, -0.1],
            ],
            [
              [0.16, 0.87, -0.02],
              [0.155, 0.835, -0.03],
              [0.15, 0.79, -0.035],
            ],
          ],
          depth: 0.002,
          thick: 0.018,
          across: 18,
          along: 20,
        }),
      ],
    },
    {
      id: 'gluteus-medius',
      origin: B.iliacCrest,
      insertion: trochanterFace,
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.075, 0.995, -0.07],
              [0.11, 1.005, -0.055],
              [0.14, 0.995, -0.01],
              [0.125, 0.965, 0.045],
            ],
            [
              [0.12, 0.94, -0.07],
              [0.145, 0.95, -0.04],
              [0.16, 0.945, -0.005],
              [0.15, 0.93, 0.03],
            ],
            [add(greaterTrochanter, [0.01, 0.01, -0.018]), add(greaterTrochanter, [0.012, 0.008, 0.012])],
          ],
          depth: 0.004,
          thick: 0.012,
          across: 12,
          along: 12,
          tendonTo: trochanterFace,
        }),
      ],
    },
    {
      id: 'gluteus-minimus',
      origin: [0.12, 0.97, -0.02],
      insertion: add(trochanterFace, [0, 0, 0.01]),
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.1, 0.975, -0.06],
              [0.13, 0.985, -0.02],
              [0.125, 0.96, 0.04],
            ],
            [
              [0.135, 0.93, -0.04],
              [0.15, 0.935, -0.005],
              [0.145, 0.925, 0.025],
            ],
            [add(greaterTrochanter, [0.01, 0.012, 0.0]), add(greaterTrochanter, [0.01, 0.01, 0.016])],
          ],
          depth: 0.018,
          thick: 0.007,
          across: 10,
          along: 10,
          tendonTo: add(trochanterFace, [0, 0, 0.01]),
        }),
      ],
    },
    {
      id: 'piriformis',
      origin: sacrumFront,
      insertion: add(greaterTrochanter, [-0.004, 0.012, -0.012]),
      pieces: [
        spindle({
          path: [
            sacrumFront,
            [0.06, 0.915, -0.07],
            [0.11, 0.905, -0.045],
            add(greaterTrochanter, [-0.004, 0.012, -0.012]),
          ],
          section: belly(0.012, 0.007, 0.004),
          hint: [0, 1, 0],
          rings: 14,
          around: 12,
        }),
      ],
    },
    {
      id: 'tensor-fasciae-latae',
      origin: asis,
      insertion: [0.152, 0.8, 0.02],
      pieces: [
        sheet(skin, {
          rows: [
            [add(asis, [-0.004, 0, 0.005]), add(asis, [0.012, 0, -0.012])],
            [
              [0.14, 0.88, 0.045],
              [0.155, 0.88, 0.015],
            ],
            [
              [0.155, 0.8, 0.03],
              [0.163, 0.8, 0.008],
            ],
          ],
          depth: 0.0025,
          thick: 0.009,
          across: 6,
          along: 12,
        }),
      ],
    },
    {
      id: 'iliotibial-band',
      origin: [0.155, 0.84, 0.0],
      insertion: gerdy,
      pieces: [
        sheet(skin, {
          rows: [
            [
              [0.16, 0.86, 0.025],
              [0.162, 0.86, -0.005],
              [0.16, 0.86, -0.035],
            ],
            [
              [0.155, 0.68, 0.025],
              [0.158, 0.68, 0.0],
              [0.155, 0.68, -0.025],
            ],
            [
              add(gerdy, [0.006, 0.03, 0.004]),
              add(gerdy, [0.01, 0.03, -0.012]),
              add(gerdy, [0.008, 0.03, -0.025]),
            ],
            [add(gerdy, [0.004, 0, 0.006]), add(gerdy, [0.008, 0, -0.008])],
          ],
          depth: 0.0012,
          thick: 0.0018,
          across: 6,
          along: 24,
        }),
      ],
    },
    {
      id: 'rectus-femoris',
      origin: aiis,
      insertion: patellaTop,
      pieces: [
        spindle({
          path: [
            aiis,
            thigh(0.2, 0.1, 1, 0.02),
            thigh(0.5, 0.05, 1, 0.021),
            thigh(0.82, 0, 1, 0.012),
            patellaTop,
          ],
          section: [
            [0, 0.005, 0.004],
            [0.15, 0.013, 0.01],
            [0.45, 0.028, 0.018],
            [0.8, 0.016, 0.008],
            [1, 0.012, 0.004],
          ],
          hint: [1, 0, 0],
          rings: 22,
          around: 14,
        }),
      ],
    },
    {
      id: 'vastus-lateralis',
      origin: add(greaterTrochanter, [0.004, -0.025, 0.012]),
      insertion: add(patellaTop, [0.022, -0.01, -0.008]),
      pieces: [
        spindle({
          path: [
            add(greaterTrochanter, [0.004, -0.025, 0.012]),
            thigh(0.2, 0.8, 0.6, 0.015),
            thigh(0.5, 0.9, 0.45, 0.019),
            thigh(0.8, 0.9, 0.5, 0.016),
            add(patellaTop, [0.022, -0.01, -0.008]),
          ],
          section: [
            [0, 0.01, 0.005],
            [0.3, 0.035, 0.011],
            [0.6, 0.036, 0.016],
            [0.9, 0.016, 0.008],
            [1, 0.01, 0.004],
          ],
          hint: [0, 0, 1],
          twist: [-0.6, 0, 1],
          rings: 22,
          around: 16,
        }),
      ],
    },
    {
      id: 'vastus-medialis',
      origin: [0.08, 0.76, 0.008],
      insertion: add(patellaTop, [-0.022, -0.012, -0.006]),
      pieces: [
        spindle({
          path: [
            [0.08, 0.76, 0.008],
            thigh(0.45, -0.7, 0.7, 0.018),
            thigh(0.78, -0.85, 0.6, 0.021),
            add(patellaTop, [-0.022, -0.012, -0.006]),
          ],
          section: [
            [0, 0.006, 0.005],
            [0.4, 0.02, 0.013],
            [0.75, 0.03, 0.02],
            [1, 0.01, 0.005],
          ],
          hint: [0, 0, 1],
          rings: 18,
          around: 14,
        }),
      ],
    },
    {
      id: 'hamstrings',
      origin: ischialTuberosity,
      insertion: fibularHead,
      pieces: [
        // biceps femoris (outer), semitendinosus, semimembranosus (inner, deeper)
        spindle({
          path: [
            ischialTuberosity,
            thigh(0.3, 0.35, -1, 0.021),
            thigh(0.65, 0.6, -1, 0.021),
            thigh(0.9, 0.9, -0.7, 0.012),
            fibularHead,
          ],
          section: belly(0.022, 0.016, 0.005, 0.3, 0.65),
          hint: [1, 0, 0],
          rings: 22,
          around: 14,
        }),
        spindle({
          path: [
            add(ischialTuberosity, [0.004, -0.004, 0]),
            thigh(0.3, -0.05, -1, 0.018),
            thigh(0.65, -0.45, -1, 0.015),
            thigh(0.9, -0.8, -0.7, 0.01),
            medialTibia,
          ],
          section: belly(0.016, 0.012, 0.004, 0.2, 0.5),
          hint: [1, 0, 0],
          rings: 22,
          around: 12,
        }),
        spindle({
          path: [
            add(ischialTuberosity, [-0.004, 0.004, 0.006]),
            thigh(0.35, -0.3, -1, 0.028),
            thigh(0.7, -0.6, -1, 0.024),
            thigh(0.92, -0.85, -0.5, 0.016),
            add(medialTibia, [0.004, 0.01, -0.01]),
          ],
          section: belly(0.019, 0.014, 0.005, 0.4, 0.75),
          hint: [1, 0, 0],
          rings: 20,
          around: 12,
        }),
      ],
    },
  ]);
}
