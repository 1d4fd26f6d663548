// Labels the skin with the app's region ids and cuts its triangles along the region borders.
// Each region is a rule in landmark space (heights, angles around a limb's axis, distance
// along the arm), so its borders are smooth curves. Triangles that a border crosses are split
// at the border (found by bisection along each edge), so every triangle lies in one region and
// the borders have no staircase edges; skin-mesh.mjs then joins the regions into one mesh.
// The new vertices stay on the edge they cut (not projected onto the field): every piece lies
// in the plane of the triangle it came from, so the cut changes no geometry and can create no
// fold or step. Their normals are the field's gradient at the nearby surface point, like every
// other vertex, and both regions share them, so the shading is continuous across the border.
import { REGION_IDS } from '../../src/content/regionIdList.mjs';
import { LEFT, LEVELS, RIGHT } from './landmarks.mjs';
import { normalAt, project } from './mesher.mjs';
import { boxDist, dot, lerp3, sub } from './sdf.mjs';
import { joinRegions } from './skin-mesh.mjs';

const INDEX = new Map(REGION_IDS.map((id, i) => [id, i]));
/** @param {string} id */
const rid = (id) => /** @type {number} */ (INDEX.get(id));

const DEG = 180 / Math.PI;
/** Cuts stay this fraction of an edge away from its ends (the border moves by at most that). */
const CUT_MARGIN = 0.06;

/**
 * Makes the labelling function. `groups` are the unblended fields of the figure's parts.
 * @param {Record<string, import('./sdf.mjs').SdfNode>} groups
 * @returns {(x: number, y: number, z: number) => number} region index
 */
export function makeLabeller(groups) {
  const sides = [
    { s: LEFT, arm: groups.armL, hand: groups.handL, suf: '-left' },
    { s: RIGHT, arm: groups.armR, hand: groups.handR, suf: '-right' },
  ];
  const near = (node, x, y, z) => (boxDist(node.box, x, y, z) > 0.03 ? Infinity : node.dist(x, y, z));
  const L1 = Math.hypot(...sub(LEFT.elbow, LEFT.shoulder));
  const L2 = Math.hypot(...sub(LEFT.wrist, LEFT.elbow));

  return (x, y, z) => {
    const sd = x >= 0 ? sides[0] : sides[1];
    const s = sd.s;
    const suf = sd.suf;
    const p = [x, y, z];
    // --- arm and hand, where the arm's own surface is the nearest
    const da = Math.min(near(sd.arm, x, y, z), near(sd.hand, x, y, z));
    if (da < Infinity) {
      const dr = Math.min(groups.torso.dist(x, y, z), groups.head.dist(x, y, z));
      if (da < dr) return armRegion(s, p, suf, L1, L2);
    }
    // --- head and neck
    const headLine = 1.527 - 0.62 * (z - 0.04);
    if (y > headLine && y > 1.5) {
      // the jaw: the skin inside an ellipsoid over the jaw joint, the chewing muscle and the angle
      // of the jaw, so its border is one smooth oval on the side of the face
      const jx = (Math.abs(x) - 0.075) / 0.065;
      const jy = (y - 1.562) / 0.045;
      const jz = (z - 0.008) / 0.06;
      if (jx * jx + jy * jy + jz * jz < 1) return rid(`jaw${suf}`);
      return rid('head');
    }
    if (y > neckBase(z) && Math.abs(x) < NECK_HALF_WIDTH) return rid('neck');
    // --- legs, below the groin fold, gluteal fold and hip
    const legY = legTop(s, x, z);
    if (y < legY) return legRegion(s, p, suf);
    // --- torso
    const ax = Math.abs(x);
    const front = z > 0;
    const theta = Math.atan2(ax, z) * DEG; // 0 = straight ahead, 180 = straight back
    if (y > shoulderLine(ax, z)) return rid(`shoulder${suf}`);
    if (y < LEVELS.iliacCrest - 0.035 && theta > 62) return rid(`hip${suf}`);
    if (front) return rid(y > LEVELS.xiphoid ? 'chest' : 'abdomen');
    if (y > LEVELS.midBackTop) return rid('upper-back');
    if (y > LEVELS.lowerBackTop) return rid('mid-back');
    return rid('lower-back');
  };
}

/** Half the width of the neck region: beside it the shoulders begin. */
const NECK_HALF_WIDTH = 0.068;

/** Height of the neck's lower border: lower in front (collarbones) than behind. */
function neckBase(z) {
  return 1.468 - 0.28 * z;
}

/**
 * Height above which the torso belongs to the shoulder: trapezius top and acromion. Towards the
 * neck it bends smoothly down to the neck's border, so the chest and upper back end in one smooth
 * curve under the neck and shoulders, with no notch where they meet.
 */
function shoulderLine(ax, z) {
  const base = 1.446 + 0.006 * Math.max(-1, Math.min(1, z / 0.03));
  const line = base + 0.25 * Math.max(0, 0.15 - ax);
  const t = Math.max(0, Math.min(1, (ax - NECK_HALF_WIDTH) / 0.045));
  return neckBase(z) + (line - neckBase(z)) * t * t * (3 - 2 * t);
}

/** Height of the border between torso and thigh: groin fold in front, gluteal fold behind. */
function legTop(s, x, z) {
  const ax = Math.abs(x);
  const lat = ax - Math.abs(s.hip[0]);
  const r = Math.hypot(lat, z) || 1;
  const c = z / r; // 1 front, -1 back
  const yFront = 0.83 + 0.5 * ax;
  const ySide = 0.86;
  const yBack = 0.805;
  const wf = Math.max(0, c) ** 2;
  const wb = Math.max(0, -c) ** 2;
  const ws = 1 - c * c;
  return (wf * yFront + ws * ySide + wb * yBack) / (wf + wb + ws);
}

/** Angle around a limb axis in degrees: 0 front, +90 lateral, ±180 back, -90 medial. */
function limbAngle(s, ax, az, x, z) {
  return Math.atan2((x - ax) * s.sx, z - az) * DEG;
}

function legRegion(s, p, suf) {
  const [x, y, z] = p;
  const k = s.knee;
  if (y < 0.009) return rid(`sole${suf}`);
  const footTop = 0.078 + 0.45 * Math.max(0, z - s.ankle[2] - 0.01);
  if (z < s.ankle[2] - 0.022 && y < 0.14) return rid(`heel${suf}`);
  if (y < footTop) return rid(`foot${suf}`);
  if (Math.abs(y - (k[1] + 0.005)) < 0.055) return rid(`knee${suf}`);
  if (y > k[1]) {
    const t = (y - k[1]) / (s.hip[1] - k[1]);
    const a = limbAngle(s, k[0] + (s.hip[0] - k[0]) * t, k[2] + (s.hip[2] - k[2]) * t, x, z);
    if (a >= -90 && a < 40) return rid(`thigh-front${suf}`);
    if (a >= 40 && a < 130) return rid(`thigh-outer${suf}`);
    return rid(`thigh-back${suf}`);
  }
  const t = (k[1] - y) / (k[1] - s.ankle[1]);
  const a = limbAngle(s, k[0] + (s.ankle[0] - k[0]) * t, k[2] + (s.ankle[2] - k[2]) * t, x, z);
  return rid(Math.abs(a) < 95 ? `shin${suf}` : `calf${suf}`);
}

function armRegion(s, p, suf, L1, L2) {
  const hu = dot(sub(p, s.shoulder), s.upperDir);
  const hf = dot(sub(p, s.elbow), s.foreDir);
  const hw = dot(sub(p, s.wrist), s.handDir);
  if (hw > 0.014) return rid(`hand${suf}`);
  if (hw > -0.026) return rid(`wrist${suf}`);
  const e = hf >= 0 ? hf : hu - L1;
  if (e > -0.045 && e < 0.04) {
    // lateral side of the elbow (thumb side with the palm forward) vs medial side
    const r = sub(p, s.elbow);
    return rid(r[0] * s.sx > 0.0 ? `elbow-outer${suf}` : `elbow-inner${suf}`);
  }
  if (hf > 0) return rid(`forearm${suf}`);
  const lateral = (p[0] - s.shoulder[0] - s.upperDir[0] * hu) * s.sx;
  if (hu < 0.085 + 0.5 * Math.max(0, lateral)) return rid(`shoulder${suf}`);
  void L2;
  return rid(`upper-arm${suf}`);
}

/**
 * Cuts a fine mesh along the label borders and joins it into one skin mesh with region attributes.
 * @param {import('./mesher.mjs').FineMesh} mesh
 * @param {(x: number, y: number, z: number) => number} label
 * @param {(x: number, y: number, z: number) => number} field surface field, for projecting new vertices
 * @param {number} h grid step (bounds the projection)
 * @returns {import('./skin-mesh.mjs').SkinMesh}
 */
export function splitRegions(mesh, label, field, h) {
  const P = Array.from(mesh.positions);
  const N = Array.from(mesh.normals);
  const nv0 = mesh.positions.length / 3;
  const lab = new Int16Array(nv0);
  for (let i = 0; i < nv0; i++) lab[i] = label(P[i * 3], P[i * 3 + 1], P[i * 3 + 2]);
  /** @type {number[][]} */
  const tris = REGION_IDS.map(() => []);
  const cut = new Map();
  const pt = (i) => [P[i * 3], P[i * 3 + 1], P[i * 3 + 2]];
  const addVertex = (q) => {
    const r = project(field, [q[0], q[1], q[2]], h);
    const n = normalAt(field, r[0], r[1], r[2]);
    P.push(q[0], q[1], q[2]);
    N.push(n[0], n[1], n[2]);
    return P.length / 3 - 1;
  };
  // where the label changes along edge a-b (bisection from a's side)
  const edgePoint = (a, b) => {
    const key = a < b ? a * nv0 + b : b * nv0 + a;
    const hit = cut.get(key);
    if (hit !== undefined) return hit;
    const lo0 = Math.min(a, b);
    const hi0 = Math.max(a, b);
    const A = pt(lo0);
    const B = pt(hi0);
    const la = lab[lo0];
    let lo = 0;
    let hi = 1;
    for (let it = 0; it < 12; it++) {
      const mid = (lo + hi) / 2;
      const q = lerp3(A, B, mid);
      if (label(q[0], q[1], q[2]) === la) lo = mid;
      else hi = mid;
    }
    // kept away from the ends: no sliver that the position quantization could flip
    const v = addVertex(lerp3(A, B, Math.min(1 - CUT_MARGIN, Math.max(CUT_MARGIN, (lo + hi) / 2))));
    cut.set(key, v);
    return v;
  };
  const I = mesh.indices;
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t];
    const b = I[t + 1];
    const c = I[t + 2];
    const la = lab[a];
    const lb = lab[b];
    const lc = lab[c];
    if (la === lb && lb === lc) {
      tris[la].push(a, b, c);
      continue;
    }
    if (la !== lb && lb !== lc && la !== lc) {
      const ab = edgePoint(a, b);
      const bc = edgePoint(b, c);
      const ca = edgePoint(c, a);
      const m = addVertex(lerp3(lerp3(pt(a), pt(b), 0.5), pt(c), 1 / 3));
      tris[la].push(a, ab, m, a, m, ca);
      tris[lb].push(b, bc, m, b, m, ab);
      tris[lc].push(c, ca, m, c, m, bc);
      continue;
    }
    // two share a label: rotate so that a and b share it and c is the odd one
    let [p0, p1, p2] = [a, b, c];
    if (la === lc) [p0, p1, p2] = [c, a, b];
    else if (lb === lc) [p0, p1, p2] = [b, c, a];
    const q1 = edgePoint(p1, p2);
    const q0 = edgePoint(p2, p0);
    tris[lab[p0]].push(p0, p1, q1, p0, q1, q0);
    tris[lab[p2]].push(q0, q1, p2);
  }
  return joinRegions(tris, P, N);
}
