import type { Plugin } from 'vite';
export function readCatalog(file: string): Record<string, string>;
export function namespaces(dir: string, lang: string): string[];
export function compiledMessages(
  dir: string,
  lang: string,
  namespace?: string,
): { messages: Record<string, unknown>; files: string[] };
export function i18nMessages(options?: { dir?: string }): Plugin;
