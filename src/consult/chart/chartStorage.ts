import { REGION_IDS, type RegionId } from '../../content/regionIds';
import { isPainKind, MAX_INTENSITY, MAX_MARKS, type PainMark } from '../types';

// The chart is kept in this tab's sessionStorage only (never sent anywhere, gone when the tab
// closes), so a reload keeps it. What is read back is checked mark by mark: anything broken is
// dropped whole and the person is told the chart could not be kept.

import { CHART_STORAGE_KEY } from './keepChartLater';

export { CHART_STORAGE_KEY };

const VERSION = 1;

const regionIds = new Set<string>(REGION_IDS);
const isRegionId = (value: unknown): value is RegionId => typeof value === 'string' && regionIds.has(value);

const isCoordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 5;

function readMark(value: unknown): PainMark | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, region, point, kind, intensity } = value as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) return null;
  if (!isRegionId(region) || !isPainKind(kind)) return null;
  if (
    typeof intensity !== 'number' ||
    !Number.isInteger(intensity) ||
    intensity < 0 ||
    intensity > MAX_INTENSITY
  )
    return null;
  if (point !== null && !(Array.isArray(point) && point.length === 3 && point.every(isCoordinate)))
    return null;
  const spot = point === null ? null : (point as [number, number, number]);
  return { id, region, point: spot === null ? null : [spot[0], spot[1], spot[2]], kind, intensity };
}

/** The result of reading the kept chart: the marks, and whether something was there but broken. */
export interface ReadChart {
  marks: PainMark[];
  broken: boolean;
}

/** Checks a stored text: a broken or foreign one gives no marks and says so. */
export function parseChart(text: string | null): ReadChart {
  if (text === null) return { marks: [], broken: false };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { marks: [], broken: true };
  }
  const record = json as { v?: unknown; marks?: unknown } | null;
  if (typeof record !== 'object' || record === null || record.v !== VERSION || !Array.isArray(record.marks))
    return { marks: [], broken: true };
  if (record.marks.length > MAX_MARKS) return { marks: [], broken: true };
  const marks = record.marks.map(readMark);
  if (marks.some((m) => m === null)) return { marks: [], broken: true };
  const ids = new Set(marks.map((m) => m?.id));
  if (ids.size !== marks.length) return { marks: [], broken: true };
  return { marks: marks as PainMark[], broken: false };
}

export const serializeChart = (marks: readonly PainMark[]): string => JSON.stringify({ v: VERSION, marks });

/** Reads the kept chart; a storage that cannot be read counts as empty. */
export function readChart(storage: Pick<Storage, 'getItem'> | null): ReadChart {
  try {
    return parseChart(storage?.getItem(CHART_STORAGE_KEY) ?? null);
  } catch {
    return { marks: [], broken: false };
  }
}

/** Keeps the chart (an empty one removes the entry: nothing is left behind). */
export function writeChart(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  marks: readonly PainMark[],
) {
  try {
    if (marks.length === 0) storage?.removeItem(CHART_STORAGE_KEY);
    else storage?.setItem(CHART_STORAGE_KEY, serializeChart(marks));
  } catch {
    // Storage full or refused (private mode): the chart still works, it is just not kept.
  }
}
