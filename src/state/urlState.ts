import { isTourStepId, type TourStepId } from '../consult/types';
import { isPageId, type PageId } from '../content/pageIds';
import { isRegionId, type RegionId } from '../content/regionIds';
import { DEFAULT_LANG, isLang, LANG_PARAM } from '../i18n/lang';
import { activeLang, t } from '../i18n/t';
import {
  type DeepLayer,
  impliedLayers,
  impliedXray,
  isLayerId,
  isPartId,
  LAYER_IDS,
  type LayerId,
  type PartRef,
  samePart as samePartRef,
} from './anatomySlice';
import { isSpinalLevel, SPINE_LEVELS, type SpineParam } from './segmentSlice';

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
  /** A condition shown beside acupuncture on the body (`compare=acupuncture`); absent: not. */
  compare?: boolean;
  /** The muscle, bone or nerve whose view is open (`muscle=…`, `bone=…`, `nerve=…`); absent: none. */
  part?: PartRef | null;
  /** The layers shown (`layers=skin,muscles`); absent or null: the skin and the part's own layer. */
  layers?: LayerId[] | null;
  /** How see-through the skin is, 0–100 % (`xray=25`); absent or null: as usual for those layers. */
  xray?: number | null;
  /** The segmental view (`spine=levels`: a condition's levels; `spine=C6`: a level); absent: closed. */
  spine?: SpineParam | null;
  /** A step of the guided consultation (`tour=conditions`), in presenter mode; absent: none. */
  tour?: TourStepId | null;
  /** The pain chart's panel is open (`chart=open`; the marks themselves are never in the link). */
  chart?: boolean;
  /** The compact mode for a clinic's site (`embed=1`): the body and the panel only (src/embed). */
  embed?: boolean;
  /** The flat body map instead of the 3D body (`simple=1`); absent: the 3D body. */
  simple?: boolean;
}

export const EMPTY_URL_STATE: UrlState = {
  regionId: null,
  conditionId: null,
  view: null,
  cycleStage: null,
  page: null,
  compare: false,
};

/** The link's word for the comparison: what the condition is set beside. */
export const COMPARE_WITH = 'acupuncture';

/** The link's word for a part of each layer beneath the skin. */
export const PART_KEYS: Record<DeepLayer, string> = { muscles: 'muscle', skeleton: 'bone', nerves: 'nerve' };
const PART_WORDS: Record<DeepLayer, () => string> = {
  muscles: () => t('url.what.muscle'),
  skeleton: () => t('url.what.bone'),
  nerves: () => t('url.what.nerve'),
};
const PART_LAYERS = Object.keys(PART_KEYS) as DeepLayer[];

const KNOWN_KEYS = new Set([
  'region',
  'condition',
  'view',
  'cycle',
  'page',
  'compare',
  ...Object.values(PART_KEYS),
  'layers',
  'xray',
  'spine',
  'tour',
  'chart',
  'simple',
  // The patient's second screen (`screen=patient`), read at start by the consultation module.
  'screen',
  'embed',
  // The language (`lang=fr`), read at start by i18n/lang.ts.
  LANG_PARAM,
]);

/** The link's word for the compact mode inside a clinic's web page (`embed=1`). */
export const EMBED_ON = '1';

/** Whether a link asks for the compact mode; read once at start (see src/embed). */
export const isEmbedLink = (search: string): boolean => {
  try {
    return new URLSearchParams(search).get('embed') === EMBED_ON;
  } catch {
    return false;
  }
};

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
 *
 * A condition and a body area in one link (`?condition=…&region=…`) are both kept: the link opens
 * the condition as if it was chosen from that body area's page, as the app itself records it. The
 * panel shows the condition with a way back to the area, and the camera frames the condition's areas.
 */
export function parseUrlState(search: string, validators: UrlValidators): ParsedUrl {
  const problems: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: { ...EMPTY_URL_STATE }, problems: [t('url.unreadable')] };
  }
  const state: UrlState = { ...EMPTY_URL_STATE };

  // Unknown keys, and repeats of a known one, are counted, not listed: a link with 200 of them
  // still gets one short line.
  const unused: string[] = [];
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!KNOWN_KEYS.has(key) || seen.has(key)) unused.push(key);
    seen.add(key);
  }
  if (unused.length === 1) {
    const key = quoted(unused[0] ?? '');
    problems.push(key ? t('url.unusedPart', { key }) : t('url.unusedPartPlain'));
  } else if (unused.length > 1) {
    problems.push(t('url.unusedParts', { count: unused.length }));
  }

  const region = params.get('region');
  if (region !== null) {
    if (isRegionId(region)) state.regionId = region;
    else problems.push(notFound(t('url.what.region'), region));
  }
  const condition = params.get('condition');
  if (condition !== null) {
    if (validators.isConditionId(condition)) state.conditionId = condition;
    else problems.push(notFound(t('url.what.condition'), condition));
  }
  const view = params.get('view');
  if (view !== null) {
    if (isViewPreset(view)) state.view = view;
    else problems.push(notFound(t('url.what.view'), view, 'use'));
  }
  const cycle = params.get('cycle');
  if (cycle !== null) {
    if (validators.isCycleStageId(cycle)) state.cycleStage = cycle;
    else problems.push(notFound(t('url.what.step'), cycle, 'find', t('url.ofCycle')));
  }
  const page = params.get('page');
  if (page !== null) {
    if (isPageId(page)) state.page = page;
    else problems.push(notFound(t('url.what.page'), page));
  }
  const compare = params.get('compare');
  if (compare !== null) {
    // Only a condition is compared; on its own the word changes nothing, so it is not a problem.
    if (compare !== COMPARE_WITH) problems.push(notFound(t('url.what.comparison'), compare, 'use'));
    else if (state.conditionId) state.compare = true;
  }
  readAnatomy(params, state, problems);
  const spine = params.get('spine');
  if (spine !== null) {
    if (spine === SPINE_LEVELS || isSpinalLevel(spine)) state.spine = spine;
    else problems.push(notFound(t('url.what.spinalLevel'), spine));
  }
  const tour = params.get('tour');
  if (tour !== null) {
    if (isTourStepId(tour)) state.tour = tour;
    else problems.push(notFound(t('url.what.step'), tour, 'find', t('url.ofTour')));
  }
  const chart = params.get('chart');
  if (chart !== null) {
    if (chart === CHART_OPEN) state.chart = true;
    else problems.push(notFound(t('url.what.chart'), chart, 'use'));
  }
  const embed = params.get('embed');
  if (embed !== null) {
    if (embed === EMBED_ON) state.embed = true;
    else problems.push(notFound(t('url.what.embed'), embed, 'use'));
  }
  const lang = params.get(LANG_PARAM);
  if (lang !== null && !isLang(lang)) problems.push(notFound(t('url.what.lang'), lang, 'use'));
  const simple = params.get('simple');
  if (simple !== null) {
    if (simple === '1') state.simple = true;
    else problems.push(notFound(t('url.what.simple'), simple, 'use'));
  }
  return { state, problems };
}

/** The link's word for the pain chart's panel. */
export const CHART_OPEN = 'open';

/** The layers beneath the skin: one chosen part, the layers shown and the skin's see-through. */
function readAnatomy(params: URLSearchParams, state: UrlState, problems: string[]): void {
  for (const layer of PART_LAYERS) {
    const id = params.get(PART_KEYS[layer]);
    if (id === null) continue;
    if (!isPartId(layer, id)) problems.push(notFound(PART_WORDS[layer](), id));
    else if (state.part) problems.push(t('url.manyParts', { part: PART_WORDS[state.part.layer]() }));
    else state.part = { layer, id };
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const names = layers.split(',').filter((name) => name !== '');
    const unknown = names.filter((name) => !isLayerId(name));
    if (unknown.length === 1) problems.push(notFound(t('url.what.layer'), unknown[0] ?? ''));
    else if (unknown.length > 1) problems.push(t('url.unknownLayers', { count: unknown.length }));
    const known = LAYER_IDS.filter((layer) => names.includes(layer));
    // Nothing usable at all: the usual layers, rather than an empty screen.
    if (known.length > 0) state.layers = known;
    else if (unknown.length === 0) problems.push(t('url.noLayers'));
  }
  const xray = params.get('xray');
  if (xray !== null) {
    // Whole percent only: "25", not "25%", "0.25" or "1e2".
    if (/^\d{1,3}$/.test(xray) && Number(xray) <= 100) state.xray = Number(xray);
    else problems.push(notFound(t('url.what.xray'), xray, 'use'));
  }
}

/** The layers a state shows, said or implied. */
export const shownLayers = (state: UrlState): LayerId[] =>
  state.layers ?? impliedLayers(state.part, Boolean(state.spine));
/** The see-through a state has, said or implied. */
export const shownXray = (state: UrlState): number =>
  state.xray ?? impliedXray(shownLayers(state), Boolean(state.spine));

/**
 * Writes the state as a search string ("" when there is nothing to record). Key order is fixed.
 * `view=front` on its own is left out: the start page already shows the front.
 */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.conditionId) params.set('condition', state.conditionId);
  if (state.regionId) params.set('region', state.regionId);
  // The whole body seen from the front is the start page: its link stays plain.
  const home = !state.regionId && !state.conditionId;
  if (state.view && !(home && state.view === 'front')) params.set('view', state.view);
  if (state.part) params.set(PART_KEYS[state.part.layer], state.part.id);
  if (state.spine) params.set('spine', state.spine);
  if (state.cycleStage) params.set('cycle', state.cycleStage);
  if (state.page) params.set('page', state.page);
  if (state.compare && state.conditionId) params.set('compare', COMPARE_WITH);
  if (state.chart) params.set('chart', CHART_OPEN);
  if (state.tour) params.set('tour', state.tour);
  if (state.simple) params.set('simple', '1');
  // The layers and the see-through only when they differ from what the rest of the link implies:
  // `?muscle=upper-trapezius` alone shows the skin see-through over the muscles.
  const layers = shownLayers(state);
  const spine = Boolean(state.spine);
  if (layers.join() !== impliedLayers(state.part, spine).join()) params.set('layers', layers.join(','));
  const xray = shownXray(state);
  if (xray !== impliedXray(layers, spine)) params.set('xray', String(xray));
  // Last, so the rest of the link reads the same as the full app's.
  if (state.embed) params.set('embed', EMBED_ON);
  // Every value is a checked id, so the commas between layers can stay readable.
  // The language last: a French page's every link stays French (English is the default).
  const lang = activeLang();
  if (lang !== DEFAULT_LANG) params.set(LANG_PARAM, lang);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return (
    a.regionId === b.regionId &&
    a.conditionId === b.conditionId &&
    a.view === b.view &&
    a.cycleStage === b.cycleStage &&
    (a.page ?? null) === (b.page ?? null) &&
    (a.compare ?? false) === (b.compare ?? false) &&
    (a.spine ?? null) === (b.spine ?? null) &&
    (a.tour ?? null) === (b.tour ?? null) &&
    (a.chart ?? false) === (b.chart ?? false) &&
    (a.simple ?? false) === (b.simple ?? false) &&
    samePartRef(a.part ?? null, b.part ?? null) &&
    shownLayers(a).join() === shownLayers(b).join() &&
    shownXray(a) === shownXray(b)
  );
}

const MAX_ECHO = 40;
const MAX_PROBLEMS_SHOWN = 3;
export const MAX_NOTICE_LENGTH = 300;

/**
 * The notice for a link with problems: a fixed opening, at most three problems and a count of the
 * rest, never longer than MAX_NOTICE_LENGTH characters.
 */
export function linkProblemNotice(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const rest = problems.length - shown.length;
  const parts = [t('url.noticeStart'), ...shown];
  if (rest > 0) parts.push(t('url.moreProblems', { count: rest }));
  const text = parts.join(' ');
  return text.length > MAX_NOTICE_LENGTH ? `${text.slice(0, MAX_NOTICE_LENGTH - 1).trimEnd()}…` : text;
}

/**
 * "We couldn't find the condition "x"." `what` and `of` are already in the page's language
 * (from the url.what and url.of messages).
 */
export function notFound(what: string, value: string, verb: 'find' | 'use' = 'find', of = ''): string {
  const shown = quoted(value);
  if (!shown) return t('url.cantRead', { what, of });
  const values = { what, value: shown, of };
  return verb === 'find' ? t('url.cantFind', values) : t('url.cantUse', values);
}

/**
 * Link text made safe to show: a value that was badly encoded (the browser turns it into U+FFFD)
 * is not shown at all; otherwise control, format (direction overrides, zero-width) and
 * private-use characters, line breaks and markup-looking brackets are removed, piles of accent
 * marks are cut down, and the rest is clipped to MAX_ECHO characters. Returns "" when nothing
 * is left worth showing, else the text in quotes.
 */
export function quoted(text: string): string {
  if (text.includes('\uFFFD')) return '';
  const cleaned = text
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}<>"\uFFFD]/gu, '')
    .replace(/(\p{M}{2})\p{M}+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!cleaned) return '';
  const chars = Array.from(cleaned);
  const clipped = chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join('').trimEnd()}…` : cleaned;
  return `"${clipped}"`;
}
