// Outlines on a label grid: marching squares (d3-contour) round the cells of one region, then a
// light smoothing (the cells' staircase) and Douglas–Peucker, written as a compact SVG path in
// whole millimetres with relative moves.
import { contours } from 'd3-contour';

/** @typedef {[number, number][]} Ring */

/**
 * The rings (outer and holes) round the cells where `inside` holds, in grid units (cell i spans
 * [i, i + 1]); pieces smaller than `minCells` cells are left out.
 * @param {{ cols: number, rows: number }} grid @param {(k: number) => boolean} inside @param {number} minCells
 * @returns {Ring[][]} polygons, each [outer, ...holes]
 */
export function traceMask(grid, inside, minCells) {
  const values = new Float64Array(grid.cols * grid.rows);
  for (let k = 0; k < values.length; k++) values[k] = inside(k) ? 1 : 0;
  const [shape] = contours().size([grid.cols, grid.rows]).thresholds([0.5])(Array.from(values));
  if (!shape) return [];
  return /** @type {Ring[][]} */ (shape.coordinates).filter(
    (polygon) => polygon[0] && Math.abs(ringArea(polygon[0])) >= minCells,
  );
}

/** Signed area (shoelace). @param {Ring} ring */
export function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return a / 2;
}

/** Averages each point with its neighbours (closed ring), twice: the cells' steps become slopes. @param {Ring} ring */
function smooth(ring) {
  let pts = ring.slice(0, -1);
  for (let pass = 0; pass < 2; pass++) {
    const n = pts.length;
    pts = pts.map((p, i) => {
      const a = pts[(i + n - 1) % n];
      const b = pts[(i + 1) % n];
      return /** @type {[number, number]} */ ([(a[0] + 2 * p[0] + b[0]) / 4, (a[1] + 2 * p[1] + b[1]) / 4]);
    });
  }
  return pts;
}

/** Douglas–Peucker on an open polyline. @param {Ring} pts @param {number} tol */
function simplifyLine(pts, tol) {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = /** @type {[number, number]} */ (stack.pop());
    const [ax, ay] = pts[a];
    const [bx, by] = pts[b];
    const len = Math.hypot(bx - ax, by - ay) || 1;
    let far = -1;
    let farD = tol;
    for (let i = a + 1; i < b; i++) {
      const dd = Math.abs((bx - ax) * (ay - pts[i][1]) - (ax - pts[i][0]) * (by - ay)) / len;
      if (dd > farD) {
        far = i;
        farD = dd;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/** A closed ring simplified: split at its two furthest-apart points so both halves keep their ends. @param {Ring} ring @param {number} tol */
function simplifyRing(ring, tol) {
  const pts = smooth(ring);
  let far = 0;
  let farD = -1;
  for (let i = 0; i < pts.length; i++) {
    const d = (pts[i][0] - pts[0][0]) ** 2 + (pts[i][1] - pts[0][1]) ** 2;
    if (d > farD) {
      far = i;
      farD = d;
    }
  }
  const first = simplifyLine(pts.slice(0, far + 1), tol);
  const second = simplifyLine([...pts.slice(far), pts[0]], tol);
  return [...first, ...second.slice(1, -1)];
}

/**
 * SVG path data for polygons in grid units, mapped to millimetres by `toMm`.
 * @param {Ring[][]} polygons @param {(p: [number, number]) => [number, number]} toMm @param {number} tol grid units
 */
export function pathData(polygons, toMm, tol) {
  let d = '';
  for (const polygon of polygons)
    for (const ring of polygon) {
      const pts = simplifyRing(ring, tol).map((p) => toMm(p).map(Math.round));
      const kept = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
      if (kept.length < 3) continue;
      const [x0, y0] = kept[0];
      d += `M${x0} ${y0}l`;
      let [px, py] = [x0, y0];
      const steps = [];
      for (const [x, y] of kept.slice(1)) {
        steps.push([x - px, y - py]);
        [px, py] = [x, y];
      }
      // relative steps, a minus sign doubling as the separator (as SVG allows)
      d += steps
        .flat()
        .map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : `${n}`))
        .join('');
      d += 'z';
    }
  return d;
}
