import core from 'virtual:ims-messages/en/core';
import { i18n, type Messages } from '@lingui/core';
import { DEFAULT_LANG, LANG_PARAM, type Lang } from './lang';
import type coreIds from './locales/en/core.json';

// UI words go through Lingui (ICU messages: plurals, values), compiled at build time by
// scripts/i18n-messages-plugin.mjs. English is split by namespace so each lazy chunk carries its own
// words (src/i18n/locales/en/<namespace>.json); French loads whole, before the first render.

i18n.load('en', core);
i18n.activate('en');

export type MessageValues = Record<string, string | number>;
export type Translate<Id extends string> = (id: Id, values?: MessageValues) => string;

/**
 * Adds a namespace's English messages and returns a `t` typed to its ids. Call it at the top of a
 * module of the chunk that uses them:
 *   import messages from 'virtual:ims-messages/en/consult';
 *   import type ids from '../i18n/locales/en/consult.json';
 *   export const t = namespace<keyof typeof ids>(messages);
 */
export function namespace<Id extends string>(english: Messages): Translate<Id> {
  i18n.load('en', english);
  return (id, values) => i18n._(id, values);
}

/** The first-paint words (namespace "core"). */
export const t: Translate<keyof typeof coreIds> = (id, values) => i18n._(id, values);

export function activeLang(): Lang {
  return i18n.locale as Lang;
}

/** Switches the UI words to a language whose messages are already loaded (see loadLang). */
export function activateMessages(lang: Lang, messages?: Messages): void {
  if (messages) i18n.load(lang, messages);
  i18n.activate(lang);
}

/**
 * A search string ("" or "?a=b") with this page's language added when it is not English, for
 * links made outside the view's own link (serializeUrlState adds it there): the take-home link,
 * the patient's screen.
 */
export function withLang(search: string): string {
  const lang = activeLang();
  if (lang === DEFAULT_LANG) return search;
  return `${search}${search ? '&' : '?'}${LANG_PARAM}=${lang}`;
}
