import { acupunctureFor, getAcupoint, MERIDIANS } from '../../content/acupuncture';
import {
  COMPARE_SUMMARIES,
  type ImsSiteId,
  imsSitesFor,
  MUSCLE_SITE_NAMES,
  type MuscleSiteId,
  paraspinalId,
} from '../../content/imsSites';
import { t } from '../words';
import type { AcupointEntry, ConditionComparison, ImsSiteEntry } from './compareMarkers';

// The content's comparison for one condition (content/acupuncture.ts, content/imsSites.ts), in
// the shape the marker list is built from.

const PARASPINAL = 'paraspinal-';

/** An IMS site as the marker list names it: a muscle band, or "Beside the spine at C5". */
export function imsSiteEntry(id: ImsSiteId): ImsSiteEntry {
  const name = id.startsWith(PARASPINAL)
    ? t('scene.besideSpine', { level: id.slice(PARASPINAL.length) })
    : MUSCLE_SITE_NAMES[id as MuscleSiteId];
  return { id, name };
}

const meridianByCode = new Map(MERIDIANS.map((m) => [m.code as string, m]));
const known = new Map<string, ConditionComparison | undefined>();

function build(conditionId: string): ConditionComparison | undefined {
  const acupuncture = acupunctureFor(conditionId);
  const ims = imsSitesFor(conditionId);
  const summary = COMPARE_SUMMARIES[conditionId];
  if (!acupuncture || !ims || !summary) return undefined;
  const seen = new Set<string>();
  const acupoints: AcupointEntry[] = [];
  for (const { code, far } of acupuncture.pointSets.flatMap((set) => set.points)) {
    const point = getAcupoint(code);
    if (!point || seen.has(code)) continue;
    seen.add(code);
    const meridian = point.meridianCode ? meridianByCode.get(point.meridianCode) : undefined;
    acupoints.push({
      code,
      name: point.name,
      meridian: meridian ? { code: meridian.code, name: meridian.name } : null,
      where: point.where,
      far,
    });
  }
  return {
    conditionId,
    summary,
    imsSites: [...ims.muscles, ...ims.levels.map(paraspinalId)].map(imsSiteEntry),
    acupoints,
    imsNotes: [ims.why],
    acupointNotes: [
      ...acupuncture.pointSets.map((set) => set.basis),
      ...(acupuncture.localNote ? [acupuncture.localNote] : []),
    ],
  };
}

/** The comparison for a condition, or undefined where the content has none. Built once each. */
export function comparisonFor(conditionId: string): ConditionComparison | undefined {
  if (!known.has(conditionId)) known.set(conditionId, build(conditionId));
  return known.get(conditionId);
}
