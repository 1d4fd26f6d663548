// Content (conditions, muscles, the pain cycle…) is typed data written in English. French comes as
// dictionaries, English text → French text (src/i18n/content/fr/*.json): a changed English sentence
// no longer matches, so the "untranslated" test catches it. The words are swapped in place before
// the first render; switching language reloads the page (the link keeps everything else).

/** Keys whose values are never words shown to people (ids, codes, sources, addresses). */
const SKIP_KEYS = new Set(['id', 'ids', 'sources', 'source', 'url', 'href', 'code', 'codes', 'doi', 'pmid']);
const skipKey = (key: string) => SKIP_KEYS.has(key) || /(Id|Ids|Code|Codes|Url)$/.test(key);

/** Text that is an id or a code, not words: "neck-front", "C5", "LI4", "T1–T12", "". */
export function isWords(text: string): boolean {
  return (
    /[A-Za-z]{2}/.test(text) && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(text) && !/^[A-Z]{1,3}[0-9]+/.test(text)
  );
}

type Visit = (text: string, set: (value: string) => void, path: string) => void;

/** Walks every string in plain objects, arrays, Maps and Sets-free data, once per object. */
function walk(root: unknown, visit: Visit, path: string, seen: Set<object>): void {
  if (root === null || typeof root !== 'object' || seen.has(root)) return;
  seen.add(root);
  if (root instanceof Map) {
    for (const [key, value] of root) {
      if (typeof value === 'string') visit(value, (v) => root.set(key, v), `${path}.${String(key)}`);
      else walk(value, visit, `${path}.${String(key)}`, seen);
    }
    return;
  }
  if (root instanceof Set) return; // sets hold ids
  const record = root as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (skipKey(key)) continue;
    const value = record[key];
    const where = `${path}.${key}`;
    if (typeof value === 'string') {
      if (isWords(value)) visit(value, (v) => Object.assign(record, { [key]: v }), where);
    } else walk(value, visit, where, seen);
  }
}

export interface ContentString {
  text: string;
  /** Where it was found, e.g. "conditions.3.whatItIs.0.text" (for test messages). */
  where: string;
}

/** Every shown English string in the content roots. */
export function contentStrings(roots: Record<string, unknown>): ContentString[] {
  const out: ContentString[] = [];
  const seen = new Set<object>();
  for (const [name, root] of Object.entries(roots)) {
    walk(root, (text, _set, where) => out.push({ text, where }), name, seen);
  }
  return out;
}

/** Replaces each string that has a translation; returns the ones that had none. */
export function localizeInPlace(
  roots: Record<string, unknown>,
  dictionary: Record<string, string>,
): string[] {
  const missing: string[] = [];
  const seen = new Set<object>();
  for (const [name, root] of Object.entries(roots)) {
    walk(
      root,
      (text, set) => {
        const translated = dictionary[text];
        if (translated === undefined) missing.push(text);
        else set(translated);
      },
      name,
      seen,
    );
  }
  return missing;
}
