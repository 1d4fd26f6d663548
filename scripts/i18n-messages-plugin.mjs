// UI messages (src/i18n/locales/<lang>/<namespace>.json) compiled at build time for Lingui, so no
// message compiler ships to the browser (it would cost ~6 KB brotli on first paint).
//   import en from 'virtual:ims-messages/en/core'   one namespace, one language
//   import fr from 'virtual:ims-messages/fr'        every namespace of a language, merged
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';

const PREFIX = 'virtual:ims-messages/';
const RESOLVED = `\0${PREFIX}`;

/** Reads one catalog: a flat JSON object of id → ICU message. Throws with the file name. */
export function readCatalog(file) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error(`${file}: must be one JSON object of id → message`);
  for (const [id, message] of Object.entries(data)) {
    if (typeof message !== 'string') throw new Error(`${file}: "${id}" must be text`);
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

export function i18nMessages({ dir = join(process.cwd(), 'src/i18n/locales') } = {}) {
  return {
    name: 'ims-i18n-messages',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const [lang, namespace] = id.slice(RESOLVED.length).split('/');
      const { messages, files } = compiledMessages(dir, lang, namespace);
      for (const file of files) this.addWatchFile(file);
      return `export default ${JSON.stringify(messages)};`;
    },
  };
}
