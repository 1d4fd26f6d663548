// The arm: biceps and triceps, the wrist extensors from the outer elbow (ECRL, ECRB, extensor
// digitorum) with supinator deep round the radius, the flexors from the inner elbow (FCR, FCU,
// FDS) with pronator teres, and the thenar muscles of the thumb. The forearm hangs with the
// thumb forward: its radial side faces the front, the back of the hand faces out.
import { add, lerp3, norm, scale } from '../../sdf.mjs';
import { belly, spindle } from './shapes.mjs';

/** @typedef {import('./place.mjs').Placer} Placer */
/** @typedef {import('./place.mjs').MuscleDef} MuscleDef */
/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */

/** @param {Placer} P @param {(x: number, y: number, z: number) => number} _skin @returns {MuscleDef[]} */
export function armMuscles(P, _skin) {
  const { hand } = P;
  const B = P.bone;
  // the common tendons start just outside the epicondyles
  const lateralEpicondyle = add(B.lateralEpicondyle, [0.006, 0, 0]);
  const medialEpicondyle = add(B.medialEpicondyle, [-0.006, 0, 0]);
  const supracondylarRidge = add(B.lateralEpicondyle, [0.004, 0.04, 0]);
  const olecranon = add(B.olecranon, [0, 0.004, -0.006]);
  /** A point on the radius's axis, t from its head (0) to the styloid (1). */
  const radius = (t, /** @type {Vec3} */ off) => add(lerp3(B.radialHead, B.radialStyloid, t), off);
  const radialTuberosity = radius(0.1, [-0.004, 0, 0.008]);
  const supraglenoid = add(B.glenoid, [0, 0.014, 0.008]);
  const infraglenoid = add(B.glenoid, [0, -0.022, -0.012]);
  /** Under the forearm's skin at fraction t from the elbow, in the direction (x out, z forward). */
  const fore = (t, x, z, depth) => P.under(P.fore(t), [x, 0, z], depth);
  const upper = (t, x, z, depth) => P.under(P.upper(t), [x, 0, z], depth);
  const metacarpal2 = hand.at(0.012, 0.014, -0.009);
  const metacarpal3 = hand.at(0.014, 0.002, -0.01);
  const thumbBase = hand.at(0.02, 0.022, 0.006);
  const thumbDir = norm(add(scale(hand.d, 0.7), add(scale(hand.across, 0.6), scale(hand.pn, 0.5))));
  const thumbPhalanx = add(thumbBase, scale(thumbDir, 0.046));

  return /** @type {MuscleDef[]} */ ([
    {
      id: 'biceps',
      origin: supraglenoid,
      insertion: radialTuberosity,
      pieces: [
        spindle({
          path: [
            supraglenoid,
            upper(0.25, 0.1, 1, 0.02),
            upper(0.6, 0, 1, 0.021),
            upper(0.9, 0, 1, 0.015),
            radialTuberosity,
          ],
          section: [
            [0, 0.004, 0.003],
            [0.2, 0.008, 0.007],
            [0.55, 0.022, 0.019],
            [0.78, 0.014, 0.011],
            [1, 0.005, 0.004],
          ],
          hint: [1, 0, 0],
          rings: 20,
          around: 14,
        }),
      ],
    },
    {
      id: 'triceps',
      origin: infraglenoid,
      insertion: olecranon,
      pieces: [
        spindle({
          path: [
            infraglenoid,
            upper(0.3, 0.1, -1, 0.024),
            upper(0.6, 0, -1, 0.024),
            upper(0.88, 0, -1, 0.014),
            olecranon,
          ],
          section: [
            [0, 0.006, 0.004],
            [0.3, 0.028, 0.02],
            [0.65, 0.026, 0.019],
            [0.9, 0.014, 0.007],
            [1, 0.008, 0.004],
          ],
          hint: [1, 0, 0],
          rings: 20,
          around: 14,
        }),
      ],
    },
    {
      id: 'extensor-carpi-radialis-longus',
      origin: supracondylarRidge,
      insertion: metacarpal2,
      pieces: [
        spindle({
          path: [
            supracondylarRidge,
            fore(0.12, 0.8, 0.6, 0.013),
            fore(0.35, 0.55, 0.85, 0.011),
            fore(0.7, 0.5, 0.85, 0.005),
            fore(0.97, 0.5, 0.85, 0.004),
            metacarpal2,
          ],
          section: belly(0.014, 0.009, 0.0025, 0.15, 0.4),
          hint: [0, 0, 1],
          twist: [1, 0, 0],
          rings: 22,
          around: 10,
        }),
      ],
    },
    {
      id: 'extensor-carpi-radialis-brevis',
      origin: lateralEpicondyle,
      insertion: metacarpal3,
      pieces: [
        spindle({
          path: [
            lateralEpicondyle,
            fore(0.2, 1, 0.35, 0.012),
            fore(0.45, 0.85, 0.55, 0.011),
            fore(0.75, 0.75, 0.6, 0.005),
            fore(0.97, 0.8, 0.4, 0.004),
            metacarpal3,
          ],
          section: belly(0.013, 0.008, 0.0025, 0.25, 0.5),
          hint: [0, 0, 1],
          rings: 22,
          around: 10,
        }),
      ],
    },
    {
      id: 'extensor-digitorum',
      origin: add(lateralEpicondyle, [0, -0.004, -0.004]),
      insertion: hand.at(0.08, 0.0, -0.008),
      pieces: [
        spindle({
          path: [
            add(lateralEpicondyle, [0, -0.004, -0.004]),
            fore(0.25, 1, -0.35, 0.012),
            fore(0.55, 0.95, -0.35, 0.011),
            fore(0.92, 0.94, -0.34, 0.005),
            hand.at(0.04, 0.0, -0.01),
            hand.at(0.08, 0.0, -0.008),
          ],
          section: [
            [0, 0.004, 0.003],
            [0.2, 0.014, 0.009],
            [0.5, 0.013, 0.008],
            [0.7, 0.007, 0.003],
            [1, 0.009, 0.0018],
          ],
          hint: [0, 0, 1],
          rings: 24,
          around: 10,
        }),
      ],
    },
    {
      id: 'supinator',
      origin: add(lateralEpicondyle, [-0.002, -0.008, -0.008]),
      insertion: radius(0.22, [0.002, 0, 0.011]),
      pieces: [
        spindle({
          path: [
            add(lateralEpicondyle, [-0.002, -0.008, -0.008]),
            radius(0.06, [0.004, 0, -0.011]),
            radius(0.13, [0.011, 0, 0.0]),
            radius(0.22, [0.002, 0, 0.011]),
          ],
          section: belly(0.009, 0.0028, 0.0025, 0.2, 0.75),
          hint: [0, 1, 0],
          rings: 12,
          around: 10,
        }),
      ],
    },
    {
      id: 'pronator-teres',
      origin: medialEpicondyle,
      insertion: radius(0.42, [0.006, 0, 0.012]),
      pieces: [
        spindle({
          path: [
            medialEpicondyle,
            fore(0.15, -0.6, 0.8, 0.011),
            fore(0.3, 0.1, 1, 0.01),
            radius(0.42, [0.006, 0, 0.012]),
          ],
          section: belly(0.011, 0.0055, 0.003, 0.3, 0.55),
          hint: [0, 1, 0],
          rings: 14,
          around: 10,
        }),
      ],
    },
    {
      id: 'flexor-carpi-radialis',
      origin: add(medialEpicondyle, [0.002, -0.004, 0.004]),
      insertion: hand.at(0.012, 0.012, 0.008),
      pieces: [
        spindle({
          path: [
            add(medialEpicondyle, [0.002, -0.004, 0.004]),
            fore(0.25, -0.7, 0.7, 0.011),
            fore(0.55, -0.5, 0.85, 0.008),
            fore(0.95, -0.45, 0.9, 0.004),
            hand.at(0.012, 0.012, 0.008),
          ],
          section: belly(0.012, 0.008, 0.0025, 0.2, 0.45),
          hint: [0, 0, 1],
          rings: 20,
          around: 10,
        }),
      ],
    },
    {
      id: 'flexor-carpi-ulnaris',
      origin: add(medialEpicondyle, [0, -0.004, -0.008]),
      insertion: hand.at(0.004, -0.022, 0.006),
      pieces: [
        spindle({
          path: [
            add(medialEpicondyle, [0, -0.004, -0.008]),
            fore(0.25, -0.75, -0.65, 0.012),
            fore(0.6, -0.8, -0.6, 0.009),
            fore(0.95, -0.8, -0.55, 0.004),
            hand.at(0.004, -0.022, 0.006),
          ],
          section: belly(0.013, 0.009, 0.0025, 0.2, 0.55),
          hint: [0, 0, 1],
          rings: 20,
          around: 10,
        }),
      ],
    },
    {
      id: 'flexor-digitorum-superficialis',
      origin: add(medialEpicondyle, [0.006, -0.008, 0.002]),
      insertion: hand.at(0.045, 0.0, 0.006),
      pieces: [
        spindle({
          path: [
            add(medialEpicondyle, [0.006, -0.008, 0.002]),
            fore(0.3, -1, 0.2, 0.02),
            fore(0.65, -1, 0.25, 0.017),
            fore(0.97, -0.95, 0.3, 0.008),
            hand.at(0.045, 0.0, 0.006),
          ],
          section: belly(0.015, 0.009, 0.003, 0.25, 0.6),
          hint: [0, 0, 1],
          rings: 20,
          around: 12,
        }),
      ],
    },
    {
      id: 'thenar-muscles',
      origin: hand.at(0.01, 0.008, 0.008),
      insertion: thumbPhalanx,
      pieces: [
        // abductor pollicis brevis (outer), flexor pollicis brevis, opponens (deeper)
        spindle({
          path: [hand.at(0.01, 0.01, 0.01), hand.at(0.032, 0.02, 0.013), thumbPhalanx],
          section: belly(0.008, 0.005, 0.003, 0.3, 0.6),
          hint: hand.across,
          rings: 10,
          around: 10,
        }),
        spindle({
          path: [
            hand.at(0.012, 0.004, 0.008),
            hand.at(0.035, 0.012, 0.011),
            add(thumbPhalanx, scale(hand.across, -0.006)),
          ],
          section: belly(0.007, 0.005, 0.003, 0.3, 0.6),
          hint: hand.across,
          rings: 10,
          around: 10,
        }),
        spindle({
          path: [
            hand.at(0.01, 0.012, 0.004),
            hand.at(0.03, 0.022, 0.004),
            add(thumbBase, scale(thumbDir, 0.03)),
          ],
          section: belly(0.007, 0.004, 0.003, 0.3, 0.6),
          hint: hand.d,
          rings: 8,
          around: 10,
        }),
      ],
    },
  ]);
}
