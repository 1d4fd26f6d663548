// The clinic's own colours for the embed (clinic.json's "colours"), checked so that words stay
// readable: each colour must keep WCAG AA contrast (4.5 to 1) with what is drawn on or beside it,
// or it is left out (the usual colour stays) with a plain message. Only the embed loads this.

/** The colours a clinic may set, and the app's own (src/styles.css, :root). */
export const DEFAULT_COLOURS = {
  /** Links, pressed buttons, the app's name. */
  accent: '#0e6a78',
  /** The page behind the body. */
  background: '#f4f1ec',
  /** The panel the words sit on. */
  panel: '#ffffff',
} as const;
export type ColourName = keyof typeof DEFAULT_COLOURS;
export type ClinicColours = Partial<Record<ColourName, string>>;

/** The app's words: the main text and the quieter one (their colours are not the clinic's to set). */
const TEXT = '#1c2630';
const MUTED = '#4a5561';
const WHITE = '#ffffff';
export const AA_CONTRAST = 4.5;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** "#abc" or "#aabbcc" as lower-case "#aabbcc"; null when it is neither. */
export function normalHex(value: unknown): string | null {
  if (typeof value !== 'string' || !HEX.test(value.trim())) return null;
  const hex = value.trim().toLowerCase();
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two "#rrggbb" colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A colour mixed with another: `share` of `a`, the rest `b` (for the accent's soft tint). */
export function mix(a: string, b: string, share: number): string {
  const part = (hex: string, i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
  const channel = (i: number) =>
    Math.round(part(a, i) * share + part(b, i) * (1 - share))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** What must stay readable on or against each colour, given the others already chosen. */
function pairsFor(name: ColourName, chosen: Record<ColourName, string>) {
  switch (name) {
    case 'panel':
      return [
        { other: TEXT, what: 'the text on the panel' },
        { other: MUTED, what: 'the grey text on the panel' },
      ];
    case 'background':
      return [{ other: TEXT, what: 'the text on the page' }];
    case 'accent':
      return [
        { other: chosen.panel, what: 'links on the panel' },
        { other: WHITE, what: 'white words on buttons of this colour' },
      ];
  }
}

export interface ParsedColours {
  colours: ClinicColours;
  problems: string[];
}

/**
 * Reads clinic.json's "colours". The panel is checked first (against the app's text), then the
 * page, then the accent (against the panel it ends up on, and white words on it). Never throws.
 */
export function readClinicColours(value: unknown): ParsedColours {
  if (value === undefined) return { colours: {}, problems: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { colours: {}, problems: ['"colours" must be a set of colours, like { "accent": "#0e6a78" }.'] };
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  const names = Object.keys(DEFAULT_COLOURS) as ColourName[];
  const unknown = Object.keys(record).filter((key) => !(names as string[]).includes(key));
  if (unknown.length > 0) problems.push(`Unknown colours left out: ${unknown.slice(0, 5).join(', ')}.`);
  const chosen: Record<ColourName, string> = { ...DEFAULT_COLOURS };
  const colours: ClinicColours = {};
  for (const name of ['panel', 'background', 'accent'] as const) {
    if (record[name] === undefined) continue;
    const hex = normalHex(record[name]);
    if (!hex) {
      problems.push(`"colours.${name}" must be a colour like "#0e6a78".`);
      continue;
    }
    const failing = pairsFor(name, chosen).find(({ other }) => contrastRatio(hex, other) < AA_CONTRAST);
    if (failing) {
      const ratio = contrastRatio(hex, failing.other).toFixed(1);
      problems.push(
        `"colours.${name}" (${hex}) would make ${failing.what} hard to read (contrast ${ratio} to 1, ` +
          `needs ${AA_CONTRAST} to 1), so the usual colour is used.`,
      );
      continue;
    }
    chosen[name] = hex;
    colours[name] = hex;
  }
  return { colours, problems };
}

/** The CSS custom properties the colours set (src/styles.css's names), with the accent's soft tint. */
export function colourProperties(colours: ClinicColours): Record<string, string> {
  const properties: Record<string, string> = {};
  if (colours.accent) {
    properties['--accent'] = colours.accent;
    properties['--accent-soft'] = mix(colours.accent, colours.panel ?? DEFAULT_COLOURS.panel, 0.12);
  }
  if (colours.background) properties['--bg'] = colours.background;
  if (colours.panel) properties['--panel'] = colours.panel;
  return properties;
}
