// Lower leg and foot: the two heads of gastrocnemius over soleus into the Achilles tendon,
// tibialis anterior down the front of the shin, tibialis posterior deep behind the bones and the
// inner ankle, and on the sole the plantar fascia, flexor digitorum brevis above it and
// abductor hallucis along the inner border.
import { add, scale } from '../../sdf.mjs';
import { belly, sheet, spindle } from './shapes.mjs';

/** @typedef {import('./place.mjs').Placer} Placer */
/** @typedef {import('./place.mjs').MuscleDef} MuscleDef */
/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */

/** @param {Placer} P @param {(x: number, y: number, z: number) => number} skin @returns {MuscleDef[]} */
export function legFootMuscles(P, skin) {
  const { s, foot } = P;
  const k = s.knee;
  const B = P.bone;
  // the heads of gastrocnemius start on the back of the femoral condyles
  const medialCondyle = add(B.medialFemoralCondyle, [0, 0.014, -0.026]);
  const lateralCondyle = add(B.lateralFemoralCondyle, [0, 0.014, -0.026]);
  const calcaneus = add(B.calcaneus, [0, 0.012, -0.022]);
  const soleusOrigin = add(B.fibularHead, [-0.012, -0.012, -0.014]);
  const tibiaLateral = add(B.tibialTuberosity, [0.018, -0.01, -0.008]);
  const medialCuneiform = foot.at(0.105, -0.022, 0.034);
  const navicular = foot.at(0.085, -0.026, 0.028);
  const medialMalleolusBack = add(B.medialMalleolus, [0.003, 0.01, -0.016]);
  const medial = /** @type {Vec3} */ (scale(foot.lat, -1));
  /** Under the leg's skin at fraction t from the knee, in the direction (x out, z forward). */
  const leg = (t, x, z, depth) => P.under(P.leg(t), [x, 0, z], depth);
  const achilles = (t, depth) => leg(t, 0, -1, depth);

  return /** @type {MuscleDef[]} */ ([
    {
      id: 'gastrocnemius',
      origin: medialCondyle,
      insertion: calcaneus,
      pieces: [
        spindle({
          path: [
            medialCondyle,
            leg(0.18, -0.5, -1, 0.016),
            leg(0.36, -0.35, -1, 0.014),
            achilles(0.6, 0.008),
            achilles(0.85, 0.006),
            calcaneus,
          ],
          section: [
            [0, 0.006, 0.005],
            [0.12, 0.014, 0.01],
            [0.3, 0.021, 0.013],
            [0.45, 0.014, 0.006],
            [0.6, 0.009, 0.0025],
            [1, 0.006, 0.003],
          ],
          hint: [1, 0, 0],
          rings: 24,
          around: 14,
        }),
        spindle({
          path: [
            lateralCondyle,
            leg(0.16, 0.5, -1, 0.015),
            leg(0.32, 0.35, -1, 0.013),
            achilles(0.6, 0.008),
            achilles(0.85, 0.006),
            calcaneus,
          ],
          section: [
            [0, 0.006, 0.005],
            [0.12, 0.013, 0.009],
            [0.27, 0.018, 0.012],
            [0.42, 0.012, 0.005],
            [0.6, 0.009, 0.0025],
            [1, 0.006, 0.003],
          ],
          hint: [1, 0, 0],
          rings: 24,
          around: 14,
        }),
      ],
    },
    {
      id: 'soleus',
      origin: soleusOrigin,
      insertion: calcaneus,
      pieces: [
        spindle({
          path: [
            soleusOrigin,
            leg(0.3, 0.1, -1, 0.03),
            leg(0.55, 0, -1, 0.022),
            achilles(0.8, 0.01),
            calcaneus,
          ],
          section: [
            [0, 0.008, 0.005],
            [0.25, 0.026, 0.01],
            [0.55, 0.03, 0.011],
            [0.8, 0.012, 0.004],
            [1, 0.006, 0.003],
          ],
          hint: [1, 0, 0],
          rings: 22,
          around: 14,
        }),
      ],
    },
    {
      id: 'tibialis-anterior',
      origin: tibiaLateral,
      insertion: medialCuneiform,
      pieces: [
        spindle({
          path: [
            tibiaLateral,
            leg(0.3, 0.6, 1, 0.012),
            leg(0.6, 0.35, 1, 0.009),
            leg(0.88, 0.0, 1, 0.005),
            foot.at(0.07, -0.012, 0.05),
            medialCuneiform,
          ],
          section: belly(0.012, 0.009, 0.003, 0.2, 0.5),
          hint: [1, 0, 0],
          rings: 22,
          around: 12,
        }),
      ],
    },
    {
      id: 'tibialis-posterior',
      origin: add(k, [0.01, -0.075, -0.024]),
      insertion: navicular,
      pieces: [
        spindle({
          path: [
            add(k, [0.01, -0.075, -0.024]),
            add(P.leg(0.4), [0.006, 0, -0.024]),
            add(P.leg(0.75), [-0.006, 0, -0.022]),
            medialMalleolusBack,
            navicular,
          ],
          section: belly(0.01, 0.006, 0.003, 0.2, 0.55),
          hint: [1, 0, 0],
          rings: 20,
          around: 10,
        }),
      ],
    },
    {
      id: 'plantar-fascia',
      origin: foot.at(0.012, 0.0, 0.004),
      insertion: foot.at(0.15, 0.0, 0.005),
      pieces: [
        sheet(skin, {
          rows: [
            [foot.at(0.012, -0.01, 0.004), foot.at(0.012, 0.012, 0.004)],
            [foot.at(0.08, -0.02, 0.004), foot.at(0.08, 0.026, 0.004)],
            [foot.at(0.15, -0.03, 0.005), foot.at(0.153, -0.004, 0.005), foot.at(0.145, 0.034, 0.005)],
          ],
          depth: 0.0018,
          thick: 0.0022,
          across: 8,
          along: 14,
        }),
      ],
    },
    {
      id: 'abductor-hallucis',
      origin: foot.at(0.02, -0.022, 0.022),
      insertion: foot.at(0.165, -0.03, 0.016),
      pieces: [
        spindle({
          path: [
            foot.at(0.02, -0.022, 0.022),
            P.under(foot.at(0.06, 0, 0.02), medial, 0.009),
            P.under(foot.at(0.11, 0, 0.018), medial, 0.008),
            foot.at(0.165, -0.03, 0.016),
          ],
          section: belly(0.01, 0.006, 0.003, 0.2, 0.55),
          hint: [0, 1, 0],
          rings: 14,
          around: 10,
        }),
      ],
    },
    {
      id: 'flexor-digitorum-brevis',
      origin: foot.at(0.03, 0.0, 0.012),
      insertion: foot.at(0.145, 0.004, 0.011),
      pieces: [
        spindle({
          path: [foot.at(0.03, 0.0, 0.012), foot.at(0.085, 0.002, 0.012), foot.at(0.145, 0.004, 0.011)],
          section: belly(0.014, 0.0045, 0.004, 0.3, 0.6),
          hint: foot.lat,
          rings: 12,
          around: 12,
        }),
      ],
    },
  ]);
}
