import type { Plugin } from 'vite';
export function readCatalog(file: string): Record<string, string>;
export function readCatalog(file: string, lists: true): Record<string, string[]>;
export function shortIds(dir: string, keep?: Set<string>): Map<string, string>;
export function shortenIdLiterals(code: string, short: Map<string, string>): string;
export function namespaces(dir: string, lang: string): string[];
export function compiledMessages(
  dir: string,
  lang: string,
  namespace?: string,
): { messages: Record<string, unknown>; files: string[] };
export function i18nMessages(options?: { dir?: string; src?: string }): Plugin;
