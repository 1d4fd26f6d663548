import { isPageId, type PageId } from '../content/pageIds';
import { isRegionId, type RegionId } from '../content/regionIds';

// What the address bar records: enough to reopen the same view from a link.
export const VIEW_PRESETS = ['front', 'back', 'left', 'right'] as const;
export type ViewPreset = (typeof VIEW_PRESETS)[number];

export interface UrlState {
  regionId: RegionId | null;
  conditionId: string | null;
  view: ViewPreset | null;
  /** The pain-cycle explainer's stage; null when the explainer is closed. */
  cycleStage: string | null;
  /** A panel page shown over the current view (side effects, warning signs); absent or null: none. */
  page?: PageId | null;
}

export const EMPTY_URL_STATE: UrlState = {
  regionId: null,
  conditionId: null,
  view: null,
  cycleStage: null,
  page: null,
};

const KNOWN_KEYS = new Set(['region', 'condition', 'view', 'cycle', 'page']);

/** Checks for ids that live in the content, passed in so this module stays pure. */
export interface UrlValidators {
  isConditionId: (id: string) => boolean;
  isCycleStageId: (id: string) => boolean;
}

export function isViewPreset(value: unknown): value is ViewPreset {
  return typeof value === 'string' && (VIEW_PRESETS as readonly string[]).includes(value);
}

export interface ParsedUrl {
  state: UrlState;
  /** Plain-language problems found in the link; empty when the link was fine. */
  problems: string[];
}

/**
 * Reads a location search string. Never throws: anything it cannot use is dropped and reported,
 * so a broken link still opens the default view.
 */
export function parseUrlState(search: string, validators: UrlValidators): ParsedUrl {
  const problems: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: { ...EMPTY_URL_STATE }, problems: ['The link could not be read.'] };
  }
  const state: UrlState = { ...EMPTY_URL_STATE };

  for (const key of new Set(params.keys())) {
    if (!KNOWN_KEYS.has(key)) problems.push(`The link has a part we don't use ("${clip(key)}").`);
  }

  const region = params.get('region');
  if (region !== null) {
    if (isRegionId(region)) state.regionId = region;
    else problems.push(`We couldn't find the body area "${clip(region)}".`);
  }
  const condition = params.get('condition');
  if (condition !== null) {
    if (validators.isConditionId(condition)) state.conditionId = condition;
    else problems.push(`We couldn't find the condition "${clip(condition)}".`);
  }
  const view = params.get('view');
  if (view !== null) {
    if (isViewPreset(view)) state.view = view;
    else problems.push(`We couldn't use the view "${clip(view)}".`);
  }
  const cycle = params.get('cycle');
  if (cycle !== null) {
    if (validators.isCycleStageId(cycle)) state.cycleStage = cycle;
    else problems.push(`We couldn't find the step "${clip(cycle)}" of the pain cycle.`);
  }
  const page = params.get('page');
  if (page !== null) {
    if (isPageId(page)) state.page = page;
    else problems.push(`We couldn't find the page "${clip(page)}".`);
  }
  return { state, problems };
}

/** Writes the state as a search string ("" when there is nothing to record). Key order is fixed. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.conditionId) params.set('condition', state.conditionId);
  if (state.regionId) params.set('region', state.regionId);
  if (state.view) params.set('view', state.view);
  if (state.cycleStage) params.set('cycle', state.cycleStage);
  if (state.page) params.set('page', state.page);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return (
    a.regionId === b.regionId &&
    a.conditionId === b.conditionId &&
    a.view === b.view &&
    a.cycleStage === b.cycleStage &&
    (a.page ?? null) === (b.page ?? null)
  );
}

// Keeps echoed user input short and free of markup-looking noise.
function clip(text: string): string {
  const cleaned = text.replace(/[\p{Cc}<>]/gu, '').trim();
  return cleaned.length > 40 ? `${cleaned.slice(0, 40)}…` : cleaned;
}
