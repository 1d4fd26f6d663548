import { REGION_IDS } from '../../content/regionIds';
import { CYCLE_STAGE_IDS } from '../../cycle/stageIds';
import { say } from '../say';
import {
  type CameraPose,
  MAX_INTENSITY,
  MAX_MARKS,
  PAIN_KINDS,
  type PainKind,
  type PainMark,
  type TakeHome,
} from '../types';

// The take-home link (issue 12): what was shown in a consultation, held in the address's FRAGMENT
// (after #), which a browser never sends to a server. Pure, so it is tested on its own.
//
//   #visit=1&c=tennis-elbow,headaches&s=0,1,2&m=13a6@-28,110,2_8s3&cam=30,90,0,120,0,450&k=0x1f3a9c
//
// visit: the format's version. c: conditions (ids). s: pain-cycle stages (their place in the list).
// m: marks, "_" between them: the area's place in the region list, the kind's letter, the
// intensity, and "@x,y,z" the spot in whole centimetres (none: the area's centre). cam: the camera
// relative to the body: azimuth and polar angle in whole degrees, the target and the radius in
// thousandths of the body's height. k: a checksum of everything before it, so a link cut short
// or changed by hand is noticed. Nothing in it names the patient.
//
// Reading never throws. Each field is checked on its own; what is wrong is left out and said in
// plain words, and what is right is opened, even when the checksum does not match.

export const VISIT_VERSION = 1;
/** Longer than any link this code makes (24 marks with spots, every condition and stage). */
export const MAX_LINK_LENGTH = 2500;
const MAX_CONDITIONS = 24;

const KIND_LETTERS: Record<PainKind, string> = {
  aching: 'a',
  sharp: 's',
  burning: 'b',
  'pins-and-needles': 'p',
  numb: 'n',
};
const KIND_BY_LETTER = new Map(PAIN_KINDS.map((kind) => [KIND_LETTERS[kind], kind]));

/** A spot on the skin is within this many centimetres of the body's origin, on each axis. */
const MAX_CM = 300;
const MARK = /^(\d{1,2})([a-z])(\d{1,2})(?:@(-?\d{1,3}),(-?\d{1,3}),(-?\d{1,3}))?$/;
const CAMERA_NUMBER = /^-?\d{1,4}$/;
/** The camera's target and radius, in thousandths of the body's height. */
const MAX_TARGET = 2000;
const MIN_RADIUS = 10;
const MAX_RADIUS = 5000;
const CHECKSUM = /^[0-9a-z]{7}$/;
const CHECKSUM_LENGTH = 7;

/** FNV-1a over the text's UTF-16 code units, as 7 base-36 digits: enough to catch slips and cuts. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(CHECKSUM_LENGTH, '0');
}

const degrees = (radians: number) => Math.round((radians * 180) / Math.PI);
const thousandths = (value: number) => Math.round(value * 1000);
const centimetres = (metres: number) => Math.round(metres * 100);

function encodeMark(mark: PainMark): string {
  const region = (REGION_IDS as readonly string[]).indexOf(mark.region);
  const head = `${region}${KIND_LETTERS[mark.kind]}${mark.intensity}`;
  return mark.point ? `${head}@${mark.point.map(centimetres).join(',')}` : head;
}

const clamp = (value: number, low: number, high: number) =>
  Math.min(high, Math.max(low, Number.isFinite(value) ? value : 0));

/** An angle in whole degrees, wrapped into (-180, 180]: the camera may have turned many times. */
function wrappedDegrees(radians: number): number {
  const wrapped = ((((degrees(radians) + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped;
}

/** The pose as the link holds it, kept within what reading it accepts. */
function encodeCamera(pose: CameraPose): string | null {
  const numbers = [pose.azimuth, pose.polar, ...pose.target, pose.radius];
  if (!numbers.every(Number.isFinite)) return null;
  return [
    wrappedDegrees(pose.azimuth),
    clamp(degrees(pose.polar), 0, 180),
    ...pose.target.map((value) => clamp(thousandths(value), -MAX_TARGET, MAX_TARGET)),
    clamp(thousandths(pose.radius), MIN_RADIUS, MAX_RADIUS),
  ].join(',');
}

/** The link's fragment (without "#") for what was shown. Unknown ids are left out, never guessed. */
export function encodeTakeHome(takeHome: TakeHome): string {
  const fields = [`visit=${VISIT_VERSION}`];
  const conditions = takeHome.conditions.filter((id) => /^[a-z0-9-]+$/.test(id)).slice(0, MAX_CONDITIONS);
  if (conditions.length > 0) fields.push(`c=${conditions.join(',')}`);
  const stages = takeHome.stages
    .map((id) => (CYCLE_STAGE_IDS as readonly string[]).indexOf(id))
    .filter((index) => index >= 0);
  if (stages.length > 0) fields.push(`s=${stages.join(',')}`);
  const marks = takeHome.chart.filter((m) => (REGION_IDS as readonly string[]).includes(m.region));
  if (marks.length > 0) fields.push(`m=${marks.slice(0, MAX_MARKS).map(encodeMark).join('_')}`);
  const camera = takeHome.camera ? encodeCamera(takeHome.camera) : null;
  if (camera) fields.push(`cam=${camera}`);
  const body = fields.join('&');
  return `${body}&k=${checksum(body)}`;
}

/**
 * The whole link: the site's address (no view in the query: the link opens on its own; `search`
 * only keeps the language, e.g. "?lang=fr") and the fragment.
 */
export function takeHomeUrl(siteUrl: string, takeHome: TakeHome, search = ''): string {
  return `${siteUrl.split(/[?#]/)[0]}${search}#${encodeTakeHome(takeHome)}`;
}

export interface DecodedVisit {
  /** What the link opens; null when the address holds no visit link at all. */
  visit: TakeHome | null;
  /** What could not be opened, in plain words; empty when the link was whole and right. */
  problems: string[];
}

export interface VisitValidators {
  isConditionId: (id: string) => boolean;
}

const NOT_A_VISIT: DecodedVisit = { visit: null, problems: [] };
const emptyVisit = (): TakeHome => ({ conditions: [], stages: [], chart: [], camera: null });

function decodePart(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Reads a location hash ("#visit=1&…", or without "#"). Never throws. */
export function decodeTakeHome(hash: string, validators: VisitValidators): DecodedVisit {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!/(^|&)visit=/.test(text)) return NOT_A_VISIT;
  const visit = emptyVisit();
  if (text.length > MAX_LINK_LENGTH) {
    return { visit, problems: [say('consult.link.tooLong')] };
  }
  const problems: string[] = [];

  // The fields in order, first of each name kept.
  const fields = new Map<string, string>();
  let repeated = 0;
  let unknown = 0;
  let lastField = '';
  let body: string | null = null;
  let sum: string | null = null;
  let offset = 0;
  for (const part of text.split('&')) {
    const equals = part.indexOf('=');
    const name = equals < 0 ? part : part.slice(0, equals);
    const value = equals < 0 ? '' : part.slice(equals + 1);
    if (name === 'k' && sum === null) {
      sum = value;
      body = text.slice(0, Math.max(0, offset - 1));
    } else if (!['visit', 'c', 's', 'm', 'cam'].includes(name)) {
      if (name !== '') unknown++;
    } else if (fields.has(name)) {
      repeated++;
    } else if (sum === null) {
      fields.set(name, value);
      lastField = name;
    } else {
      // After the checksum: not part of the link as it was made.
      unknown++;
    }
    offset += part.length + 1;
  }

  const version = fields.get('visit') ?? '';
  if (version !== String(VISIT_VERSION)) {
    const newer = /^\d{1,6}$/.test(version) && Number(version) > VISIT_VERSION;
    problems.push(newer ? say('consult.link.newer') : say('consult.link.version'));
    return { visit, problems };
  }

  // Cut short: the checksum is missing (or itself cut), so the last field may have lost its end.
  let cutField: string | null = null;
  if (sum === null) {
    problems.push(say('consult.link.cut'));
    cutField = lastField;
  } else if (!CHECKSUM.test(sum)) {
    problems.push(say('consult.link.cut'));
  } else if (body === null || (checksum(body) !== sum && checksum(decodePart(body) ?? '') !== sum)) {
    // (A link some app re-encoded, "%2C" for ",", still checks out once decoded.)
    problems.push(say('consult.link.changed'));
  }
  if (repeated > 0) problems.push(say('consult.link.repeated'));
  if (unknown > 0) problems.push(say('consult.link.unknown', { count: unknown }));

  /** A field's comma- or underscore-separated items; the last one dropped when the link was cut. */
  const items = (name: string, separator: string): string[] | null => {
    const raw = fields.get(name);
    if (raw === undefined || raw === '') return [];
    const decoded = decodePart(raw);
    if (decoded === null) return null;
    const list = decoded.split(separator);
    if (name === cutField) list.pop();
    return list;
  };

  readConditions(items('c', ','), validators, visit, problems);
  readStages(items('s', ','), visit, problems);
  readMarks(items('m', '_'), visit, problems);
  const camera = fields.get('cam');
  if (camera !== undefined && cutField !== 'cam') {
    visit.camera = readCamera(decodePart(camera));
    if (!visit.camera) problems.push(say('consult.link.camera'));
  }
  return { visit, problems };
}

function readConditions(
  list: string[] | null,
  validators: VisitValidators,
  visit: TakeHome,
  problems: string[],
): void {
  if (list === null) {
    problems.push(say('consult.link.conditions'));
    return;
  }
  let bad = 0;
  for (const id of list) {
    if (!validators.isConditionId(id)) bad++;
    else if (!visit.conditions.includes(id) && visit.conditions.length < MAX_CONDITIONS)
      visit.conditions.push(id);
  }
  if (bad > 0) problems.push(say('consult.link.badConditions', { count: bad }));
}

function readStages(list: string[] | null, visit: TakeHome, problems: string[]): void {
  if (list === null) {
    problems.push(say('consult.link.stages'));
    return;
  }
  let bad = 0;
  for (const item of list) {
    const stage = /^(0|[1-9]\d?)$/.test(item) ? CYCLE_STAGE_IDS[Number(item)] : undefined;
    if (!stage) bad++;
    else if (!visit.stages.includes(stage)) visit.stages.push(stage);
  }
  if (bad > 0) problems.push(say('consult.link.badStages', { count: bad }));
}

function readMark(item: string, id: number): PainMark | null {
  const match = MARK.exec(item);
  if (!match) return null;
  const [, regionText, letter, intensityText, x, y, z] = match;
  const region = REGION_IDS[Number(regionText)];
  const kind = KIND_BY_LETTER.get(letter ?? '');
  const intensity = Number(intensityText);
  if (!region || !kind || intensity > MAX_INTENSITY) return null;
  let point: PainMark['point'] = null;
  if (x !== undefined && y !== undefined && z !== undefined) {
    const cm = [Number(x), Number(y), Number(z)];
    if (cm.some((value) => Math.abs(value) > MAX_CM)) return null;
    point = [(cm[0] ?? 0) / 100, (cm[1] ?? 0) / 100, (cm[2] ?? 0) / 100];
  }
  return { id, region, point, kind, intensity };
}

function readMarks(list: string[] | null, visit: TakeHome, problems: string[]): void {
  if (list === null) {
    problems.push(say('consult.link.marks'));
    return;
  }
  let bad = 0;
  for (const item of list) {
    const mark = readMark(item, visit.chart.length + 1);
    if (!mark) bad++;
    else if (visit.chart.length < MAX_MARKS) visit.chart.push(mark);
  }
  if (bad > 0) problems.push(say('consult.link.badMarks', { count: bad }));
  const valid = list.length - bad;
  if (valid > MAX_MARKS) problems.push(say('consult.link.tooManyMarks', { max: MAX_MARKS }));
}

function readCamera(text: string | null): CameraPose | null {
  const parts = text?.split(',') ?? [];
  if (parts.length !== 6 || !parts.every((part) => CAMERA_NUMBER.test(part))) return null;
  const [azimuth, polar, tx, ty, tz, radius] = parts.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (Math.abs(azimuth) > 360 || polar < 0 || polar > 180) return null;
  if (
    [tx, ty, tz].some((value) => Math.abs(value) > MAX_TARGET) ||
    radius < MIN_RADIUS ||
    radius > MAX_RADIUS
  )
    return null;
  const rad = (deg: number) => (deg * Math.PI) / 180;
  return {
    azimuth: rad(azimuth),
    polar: rad(polar),
    target: [tx / 1000, ty / 1000, tz / 1000],
    radius: radius / 1000,
  };
}
