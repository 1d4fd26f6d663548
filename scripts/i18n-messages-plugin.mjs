// UI messages (src/i18n/locales/<lang>/<namespace>.json) compiled at build time for Lingui, so no
// message compiler ships to the browser (it would cost ~6 KB brotli on first paint).
//   import en from 'virtual:ims-messages/en/core'   one namespace, one language
//   import fr from 'virtual:ims-messages/fr'        every namespace of a language, merged
// In a production build the ids ('header.tagline') are shortened to a few letters, in the catalogs
// and in the code's string literals alike, so the first paint does not carry each id twice in full.
// A computed id (never made, but if ever) must be listed in src/i18n/dynamicIds.json: it stays long.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';

const PREFIX = 'virtual:ims-messages/';
const RESOLVED = `\0${PREFIX}`;

/** Reads one catalog: a flat JSON object of id → ICU message. Throws with the file name. */
export function readCatalog(file, lists = false) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error(`${file}: must be one JSON object of id → message`);
  for (const [id, message] of Object.entries(data)) {
    const ok = lists
      ? Array.isArray(message) && message.every((m) => typeof m === 'string')
      : typeof message === 'string';
    if (!ok) throw new Error(`${file}: "${id}" must be ${lists ? 'a list of ids' : 'text'}`);
  }
  return data;
}

/** The namespaces of a language, read from its folder. */
export function namespaces(dir, lang) {
  return readdirSync(join(dir, lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Every message of a language (or one namespace), compiled; an id used twice is an error. */
export function compiledMessages(dir, lang, namespace) {
  const list = namespace ? [namespace] : namespaces(dir, lang);
  const out = {};
  const files = [];
  for (const ns of list) {
    const file = join(dir, lang, `${ns}.json`);
    files.push(file);
    for (const [id, message] of Object.entries(readCatalog(file))) {
      if (id in out) throw new Error(`${file}: the id "${id}" is also in another namespace`);
      out[id] = compileMessage(message);
    }
  }
  return { messages: out, files };
}

/**
 * Short keys for every id of every English namespace ('header.tagline' → 'a3'), in a fixed order;
 * the ids in `keep` stay as they are.
 */
export function shortIds(dir, keep = new Set()) {
  const ids = namespaces(dir, 'en')
    .flatMap((ns) => Object.keys(readCatalog(join(dir, 'en', `${ns}.json`))))
    .sort();
  return new Map(ids.filter((id) => !keep.has(id)).map((id, i) => [id, i.toString(36)]));
}

const ID_LITERAL = /(['"`])([\w-]+(?:\.[\w-]+)+)\1/g;

/** Replaces each string literal that is exactly a known id with its short key. */
export function shortenIdLiterals(code, short) {
  return code.replace(ID_LITERAL, (literal, quote, id) => {
    const key = short.get(id);
    return key === undefined ? literal : `${quote}${key}${quote}`;
  });
}

function keyed(messages, short) {
  return short
    ? Object.fromEntries(Object.entries(messages).map(([id, m]) => [short.get(id) ?? id, m]))
    : messages;
}

export function i18nMessages({
  dir = join(process.cwd(), 'src/i18n/locales'),
  src = join(process.cwd(), 'src'),
} = {}) {
  /** id → short key, in a production build only (dev, tests and the pre-render keep the ids). */
  let short = null;
  return {
    name: 'ims-i18n-messages',
    configResolved(config) {
      if (config.command !== 'build') return;
      const keep = new Set(Object.values(readCatalog(join(src, 'i18n/dynamicIds.json'), true)).flat());
      short = shortIds(dir, keep);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const [lang, namespace] = id.slice(RESOLVED.length).split('/');
      const { messages, files } = compiledMessages(dir, lang, namespace);
      for (const file of files) this.addWatchFile(file);
      return `export default ${JSON.stringify(keyed(messages, short))};`;
    },
    transform(code, id) {
      if (!short || !id.startsWith(src) || !/\.[cm]?[jt]sx?$/.test(id.split('?')[0] ?? '')) return undefined;
      const next = shortenIdLiterals(code, short);
      return next === code ? undefined : { code: next, map: null };
    },
  };
}
