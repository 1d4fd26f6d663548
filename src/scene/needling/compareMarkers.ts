import type { Statement } from '../../content/schema';
import { t } from '../words';
import type { MeridianPath, NeedlingData, PlacedSpot, Side, Vec3 } from './needlingData';

// Pure: what the comparison shows for one condition. The panel lists it (the DOM twins); the scene
// places it from needling.json. Both come from the same list, so they always agree.

export type MarkerKind = 'ims' | 'acupoint';

/** One acupuncture point of a condition, as the content describes it. */
export interface AcupointEntry {
  code: string;
  /** The point's traditional name, e.g. "Hegu". */
  name: string;
  /** The meridian it lies on (code and plain English name); null for an extra point. */
  meridian: { code: string; name: string } | null;
  /** Where it is, in plain words, e.g. "On the back of the hand." */
  where: string;
  /** Well away from the painful area. */
  far: boolean;
}

/** One IMS site of a condition, as the content describes it. */
export interface ImsSiteEntry {
  id: string;
  /** What and where, e.g. "Beside the spine at C5" or "Forearm muscles near the elbow". */
  name: string;
}

export interface ConditionComparison {
  conditionId: string;
  /** One plain line that sets the two side by side. */
  summary: string;
  imsSites: ImsSiteEntry[];
  acupoints: AcupointEntry[];
  /** Said under the IMS sites: why these places (for the jaw: its nerve is a cranial nerve). */
  imsNotes: Statement[];
  /** Said under the points: where the set comes from (or that it has no fixed places). */
  acupointNotes: Statement[];
}

/** A marker as listed: one per point or site, whichever sides of the body it is on. */
export interface MarkerInfo {
  /** Unique in the condition: `ims:paraspinal-C5`, `acupoint:LI4`. */
  key: string;
  kind: MarkerKind;
  id: string;
  /** The full name a screen reader and the label on the body give. */
  label: string;
}

/** A marker on the body: one per side. */
export interface PlacedMarker {
  key: string;
  kind: MarkerKind;
  side: Side;
  position: Vec3;
  normal: Vec3;
}

/** "On the back of the hand." as it reads inside a sentence: "on the back of the hand". */
function inSentence(words: string): string {
  const trimmed = words.trim().replace(/\.$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

export function acupointLabel(point: AcupointEntry): string {
  const what = point.meridian
    ? t('scene.acupoint.onLine', { line: point.meridian.name })
    : t('scene.acupoint.extra');
  const words = { code: point.code, name: point.name, what, where: inSentence(point.where) };
  return point.far ? t('scene.acupoint.labelFar', words) : t('scene.acupoint.label', words);
}

export function imsSiteLabel(site: ImsSiteEntry): string {
  return t('scene.imsSite', { name: site.name });
}

export const markerKey = (kind: MarkerKind, id: string) => `${kind}:${id}`;

/** The condition's markers in list order: IMS sites first, then acupuncture points. */
export function markerList(comparison: ConditionComparison): MarkerInfo[] {
  return [
    ...comparison.imsSites.map((site) => ({
      key: markerKey('ims', site.id),
      kind: 'ims' as const,
      id: site.id,
      label: imsSiteLabel(site),
    })),
    ...comparison.acupoints.map((point) => ({
      key: markerKey('acupoint', point.code),
      kind: 'acupoint' as const,
      id: point.code,
      label: acupointLabel(point),
    })),
  ];
}

function spotsOf(data: NeedlingData, marker: MarkerInfo): PlacedSpot[] {
  return (marker.kind === 'ims' ? data.imsSites[marker.id] : data.points[marker.id]) ?? [];
}

/** Every marker on the body (bilateral ones twice), in list order. Ids the file lacks are left out. */
export function placeMarkers(list: readonly MarkerInfo[], data: NeedlingData): PlacedMarker[] {
  return list.flatMap((marker) =>
    spotsOf(data, marker).map((spot) => ({
      key: marker.key,
      kind: marker.kind,
      side: spot.side,
      position: spot.position,
      normal: spot.normal,
    })),
  );
}

/** The meridian lines the condition's points lie on, each once (both sides). */
export function meridianPaths(comparison: ConditionComparison, data: NeedlingData): MeridianPath[] {
  const codes = new Set(comparison.acupoints.flatMap((p) => (p.meridian ? [p.meridian.code] : [])));
  return [...codes].flatMap((code) => data.meridians[code] ?? []);
}

/** The meridians named by the condition's points, in order, each once (for the legend and list). */
export function meridianNames(comparison: ConditionComparison): string[] {
  return [...new Set(comparison.acupoints.flatMap((p) => (p.meridian ? [p.meridian.name] : [])))];
}
