import { t } from '../i18n/t';

// The clinic's own details (issue 12): name, phone, address, booking link and practitioner, read at
// start from `clinic.json` next to the built site, so a clinic changes them without touching code.
// No file: the app stays neutral (no clinic named). A file that is wrong is checked here, field by
// field, with plain messages; what is wrong is left out, never guessed. Hand-written (no schema
// library) because it runs in the first-paint bundle.

export interface ClinicDetails {
  name: string;
  phone?: string;
  address?: string;
  /** An https address where patients book. */
  bookingUrl?: string;
  practitioner?: string;
  /**
   * The clinic's colours for the embed, as written in the file: checked (format and contrast) by
   * src/clinic/clinicColours.ts, which only the embed loads, so the first paint stays small.
   */
  colours?: Record<string, unknown>;
}

export const CLINIC_FILE = 'clinic.json';

const LIMITS = { name: 80, phone: 30, address: 200, bookingUrl: 300, practitioner: 80 } as const;
type Field = keyof typeof LIMITS;
const FIELDS = Object.keys(LIMITS) as Field[];
/**
 * Fields read elsewhere: "colours" by the embed, "embedOrigins" (the clinic's sites that may show
 * the app in a frame) by the server and the build, for the Content-Security-Policy.
 */
const OTHER_FIELDS = ['version', 'colours', 'embedOrigins'];

/** Digits, spaces and the usual phone marks only. */
const PHONE = /^\+?[0-9 ().-]{3,}$/;

export interface ParsedClinic {
  details: ClinicDetails | null;
  /** What was wrong with the file, in plain words, for the person who keeps it; empty when fine. */
  problems: string[];
}

/** Checks one field; returns its clean value, or a problem. */
function readField(field: Field, value: unknown): { value?: string; problem?: string } {
  if (typeof value !== 'string') return { problem: `"${field}" must be text.` };
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return { problem: `"${field}" is empty.` };
  if (text.length > LIMITS[field])
    return { problem: `"${field}" is longer than ${LIMITS[field]} characters.` };
  if (field === 'phone' && !PHONE.test(text)) return { problem: '"phone" must be a phone number.' };
  if (field === 'bookingUrl') {
    let url: URL | null = null;
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
    if (url?.protocol !== 'https:')
      return { problem: '"bookingUrl" must be a web address starting with https://.' };
    return { value: url.href };
  }
  return { value: text };
}

/** Reads a parsed clinic.json. Never throws. Without a usable name there are no details at all. */
export function parseClinicConfig(json: unknown): ParsedClinic {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { details: null, problems: ['The file must hold one set of details: { "name": "…", … }.'] };
  }
  const record = json as Record<string, unknown>;
  // The file the build ships: `{}`, no clinic named yet (and no failed request in the console).
  if (Object.keys(record).length === 0) return { details: null, problems: [] };
  const problems: string[] = [];
  const unknown = Object.keys(record).filter(
    (key) => !(FIELDS as string[]).includes(key) && !OTHER_FIELDS.includes(key),
  );
  if (unknown.length > 0) problems.push(`Unknown fields left out: ${unknown.slice(0, 5).join(', ')}.`);
  if (record.version !== undefined && record.version !== 1) problems.push('"version" must be 1.');
  const details: Partial<ClinicDetails> = {};
  for (const field of FIELDS) {
    if (record[field] === undefined) continue;
    const read = readField(field, record[field]);
    if (read.problem) problems.push(read.problem);
    else details[field] = read.value;
  }
  const colours = record.colours;
  if (typeof colours === 'object' && colours !== null && !Array.isArray(colours))
    details.colours = colours as Record<string, unknown>;
  else if (colours !== undefined)
    problems.push('"colours" must be a set of colours, like { "accent": "#0e6a78" }.');
  if (record.embedOrigins !== undefined && !Array.isArray(record.embedOrigins))
    problems.push('"embedOrigins" must be a list of web sites, like ["https://clinic.example"].');
  if (!details.name) {
    if (record.name === undefined) problems.push('"name" is missing.');
    return { details: null, problems };
  }
  return { details: details as ClinicDetails, problems };
}

/** The notice shown when the file is wrong: says so, and that what was wrong is left out. */
export function clinicProblemNotice(problems: readonly string[]): string {
  const shown = problems.slice(0, 2).join(' ');
  const more = problems.length > 2 ? ` ${t('clinic.more', { count: problems.length - 2 })}` : '';
  return `${t('clinic.problem', { file: CLINIC_FILE })} ${shown}${more}`;
}

/**
 * Fetches clinic.json from beside the site. No file (or the dev server's page instead of JSON):
 * null, no message. A file that cannot be read or checked: what could be used, and the problems.
 */
export async function loadClinicConfig(url: string): Promise<ParsedClinic> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    return { details: null, problems: [] };
  }
  if (!response.ok) return { details: null, problems: [] };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return { details: null, problems: [] };
  try {
    return parseClinicConfig(await response.json());
  } catch {
    return { details: null, problems: ['It is not valid JSON.'] };
  }
}
