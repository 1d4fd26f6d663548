import type { RegionId } from '../content/regionIds';

// The flat body map's data (bodyMap.json, made by scripts/model/map2d from the 3D skin) and the
// two ways between a spot on the map and a spot on the skin, so the pain chart's marks are the
// same marks on both. Pure: no React, no DOM.

export type Vec3 = [number, number, number];
export type MapViewId = 'front' | 'back' | 'soles';

export interface MapView {
  id: MapViewId;
  /** The picture's right, down and towards-the-viewer directions in model space (unit axes). */
  axes: { right: Vec3; down: Vec3; toward: Vec3 };
  /** The SVG viewBox (millimetres): x, y, width, height. */
  box: [number, number, number, number];
  /** The body's silhouette as an SVG path. */
  outline: string;
  /** Each region seen in this view: its outline and the point deepest inside it (its label point). */
  regions: Partial<Record<RegionId, { d: string; at: [number, number] }>>;
  /** The nearest skin's depth (whole centimetres towards the viewer; -128: none) on a coarse grid. */
  depth: { u0: number; v0: number; cell: number; cols: number; rows: number; data: string };
}

export interface BodyMapData {
  version: number;
  views: MapView[];
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

const decoded = new WeakMap<MapView, Int8Array>();
function depthBytes(view: MapView): Int8Array {
  let bytes = decoded.get(view);
  if (!bytes) {
    const text = atob(view.depth.data);
    bytes = new Int8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = (text.charCodeAt(i) << 24) >> 24;
    decoded.set(view, bytes);
  }
  return bytes;
}

/** The skin's depth (metres towards the viewer) under a map point (mm), or null off the body. */
export function depthAt(view: MapView, x: number, y: number): number | null {
  const { u0, v0, cell, cols, rows } = view.depth;
  const bytes = depthBytes(view);
  const i = Math.floor((x - u0) / cell);
  const j = Math.floor((y - v0) / cell);
  // The cell under the point, else the nearest one with skin round it (a tap on the very edge).
  let best: number | null = null;
  let bestD = Infinity;
  for (let dj = -1; dj <= 1; dj++)
    for (let di = -1; di <= 1; di++) {
      const ci = i + di;
      const cj = j + dj;
      if (ci < 0 || cj < 0 || ci >= cols || cj >= rows) continue;
      const value = bytes[cj * cols + ci] ?? -128;
      if (value === -128) continue;
      const d = di * di + dj * dj;
      if (d < bestD) {
        bestD = d;
        best = value / 100;
      }
    }
  return best;
}

/** The spot on the skin (model metres) under a map point (mm), or null off the body. */
export function skinPointAt(view: MapView, x: number, y: number): Vec3 | null {
  const depth = depthAt(view, x, y);
  if (depth === null) return null;
  const { right, down, toward } = view.axes;
  const [u, v] = [x / 1000, y / 1000];
  return [0, 1, 2].map((k) => (right[k] ?? 0) * u + (down[k] ?? 0) * v + (toward[k] ?? 0) * depth) as Vec3;
}

/** A skin spot seen in a view: its map point and how far in front of (or behind) the skin there it is. */
export function project(view: MapView, point: Vec3): { x: number; y: number; gap: number | null } {
  const x = dot(view.axes.right, point) * 1000;
  const y = dot(view.axes.down, point) * 1000;
  const depth = depthAt(view, x, y);
  return { x, y, gap: depth === null ? null : dot(view.axes.toward, point) - depth };
}

/**
 * Where a mark is drawn on the map: its own spot in the view where it lies nearest the skin seen
 * there (the view that sees it; a spot on the side, the one that sees it most nearly); a mark with no spot (added from the list) at
 * its region's label point, in the first view that has the region (front, back, soles).
 */
export function markPlace(
  views: readonly MapView[],
  region: RegionId,
  point: Vec3 | null,
): { view: MapViewId; x: number; y: number } | null {
  if (point) {
    let best: { view: MapViewId; x: number; y: number; miss: number } | null = null;
    for (const view of views) {
      const { x, y, gap } = project(view, point);
      if (gap === null) continue;
      const miss = Math.abs(gap);
      if (!best || miss < best.miss) best = { view: view.id, x, y, miss };
    }
    if (best) return { view: best.view, x: best.x, y: best.y };
  }
  for (const view of views) {
    const at = view.regions[region]?.at;
    if (at) return { view: view.id, x: at[0], y: at[1] };
  }
  return null;
}
