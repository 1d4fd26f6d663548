import { AREAS } from './areas';
import { CONDITIONS } from './conditions';
import { GENERAL } from './general';
import type { RegionId } from './regionIds';
import { REGIONS } from './regions';
import { SAFETY } from './safety';
import type { Area, Condition, Content, Region, Source } from './schema';
import { SOURCES } from './sources';

// The public API of the content layer: the validated bundle and a few look-ups over it.

export type { PageId } from './pageIds';
export type { RegionId } from './regionIds';
export { warningSignsFor } from './safety';
export type {
  Area,
  Condition,
  Content,
  EvidenceLine,
  General,
  Muscle,
  Region,
  Safety,
  Source,
  Statement,
  WarningSign,
} from './schema';

/**
 * Every source, area, region, condition and general text. The zod schema (schema.ts) checks this
 * bundle in the unit tests rather than at run time, so no schema library ships in the first-paint
 * bundle; the types below keep the data honest at compile time.
 */
export const content: Content = {
  sources: [...SOURCES],
  areas: [...AREAS],
  regions: REGIONS,
  conditions: CONDITIONS,
  general: GENERAL,
  safety: SAFETY,
};

const conditionById = new Map(content.conditions.map((c) => [c.id, c]));
const regionById = new Map(content.regions.map((r) => [r.id as string, r]));
const sourceById = new Map(content.sources.map((s) => [s.id, s]));
const areasInOrder = [...content.areas].sort((a, b) => a.order - b.order);

export function getCondition(id: string): Condition | undefined {
  return conditionById.get(id);
}

export function getRegion(id: string): Region | undefined {
  return regionById.get(id);
}

/** Conditions shown on this region, in the order of the content list. */
export function conditionsForRegion(regionId: RegionId): Condition[] {
  return content.conditions.filter((c) => c.regions.includes(regionId));
}

/** Conditions grouped by area, areas in index order, conditions by name. Areas with none are kept. */
export function conditionsByArea(): { area: Area; conditions: Condition[] }[] {
  return areasInOrder.map((area) => ({
    area,
    conditions: content.conditions
      .filter((c) => c.areaId === area.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
  }));
}

/** Regions grouped by area, areas in index order, regions in body order (regionIds.ts). */
export function regionsByArea(): { area: Area; regions: Region[] }[] {
  return areasInOrder.map((area) => ({
    area,
    regions: content.regions.filter((r) => r.areaId === area.id),
  }));
}

/** The sources with these ids, once each, in the order asked; unknown ids are skipped. */
export function sourcesFor(ids: string[]): Source[] {
  return [...new Set(ids)].map((id) => sourceById.get(id)).filter((s): s is Source => s !== undefined);
}
