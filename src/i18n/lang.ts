// Which language a visit shows: the link's `lang=` first (a shared link keeps its language), then
// the person's saved choice, then the browser's languages, then English.

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';
export const LANG_PARAM = 'lang';
export const LANG_STORAGE_KEY = 'ims-explorer-lang';
/** Each language's own name, as its speakers write it (for the switch). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export interface LangSources {
  search: string;
  saved: string | null;
  browser: readonly string[];
}

/** The language to show; pure, for the tests. "fr-CA" counts as French. */
export function pickLang({ search, saved, browser }: LangSources): Lang {
  const fromLink = new URLSearchParams(search).get(LANG_PARAM);
  if (isLang(fromLink)) return fromLink;
  if (isLang(saved)) return saved;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

function savedLang(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** This visit's language, read once from the page. */
export function detectLang(): Lang {
  if (typeof window === 'undefined') return DEFAULT_LANG;
  return pickLang({
    search: window.location.search,
    saved: savedLang(),
    browser: navigator.languages ?? [navigator.language],
  });
}

/** Keeps the person's choice for their next visit; a browser that refuses storage just forgets it. */
export function saveLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private mode or storage turned off: the link still carries the language.
  }
}

/** The same address with `lang=` set to this language (everything else in the link kept). */
export function hrefInLang(href: string, lang: Lang): string {
  const url = new URL(href);
  url.searchParams.set(LANG_PARAM, lang);
  return url.href;
}

/** The language switch: saves the choice, then reloads the same view in that language. */
export function switchLang(lang: Lang): void {
  saveLang(lang);
  window.location.assign(hrefInLang(window.location.href, lang));
}
