import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Reads the sources for the UI words they use: which `t` each file imports (the core one from
// src/i18n/t.ts, or a namespace's from its words module) and every id it passes to it.

export const SRC = join(import.meta.dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

export interface Usage {
  file: string;
  namespace: string | null;
  ids: string[];
  /** Calls whose id is not a plain string literal (written as found). */
  dynamic: string[];
}

const NAMESPACE_MODULE = /['"]virtual:ims-messages\/en\/([\w-]+)['"]/;
/** Imports of a `t` (as itself or renamed, `t as entryT`): the local name and where from. */
const T_IMPORTS = /import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;
const T_NAME = /(?:^|,)\s*t(?:\s+as\s+(\w+))?\s*(?=,|$)/;
const escapeName = (name: string) => name.replace(/[$]/g, '\\$');
const literalCall = (name: string) => new RegExp(`\\b${escapeName(name)}\\(\\s*(['"\`])([^'"\`$]*)\\1`, 'g');
const anyCall = (name: string) => new RegExp(`\\b${escapeName(name)}\\(\\s*([^)\\s][^,)]*)`, 'g');

/** Resolves an import path to a source file. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next
    }
  }
  return null;
}

export function sourceUsage(): Usage[] {
  const files = filesUnder(SRC);
  // A words module: imports one namespace's English and makes its `t`.
  const wordsModules = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const ns = NAMESPACE_MODULE.exec(text)?.[1];
    if (ns && /\bnamespace</.test(text)) wordsModules.set(file, ns);
  }
  const core = join(SRC, 'i18n/t.ts');
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    // Each `t` the file uses: imported (maybe renamed), or its own if it is a words module.
    const uses: { name: string; target: string | null }[] = [];
    for (const [, names = '', spec = ''] of text.matchAll(T_IMPORTS)) {
      const found = T_NAME.exec(names);
      if (found) uses.push({ name: found[1] ?? 't', target: resolveImport(file, spec) });
    }
    if (uses.length === 0 && wordsModules.has(file)) uses.push({ name: 't', target: file });
    // consult/say.ts: the consultation's words for modules the e2e tests import in Node; its ids
    // are of two namespaces, told apart by their first word.
    const sayUses = /import\s*\{\s*say\s*\}\s*from\s*['"][./]*(?:consult\/)?say['"]/.test(text)
      ? (['consult', 'consultEntry'] as const).map((namespace) => ({
          file: relative(SRC, file),
          namespace,
          ids: [...text.matchAll(literalCall('say'))]
            .map((m) => m[2] ?? '')
            .filter((id) => id.split('.')[0] === namespace),
          dynamic: [...text.matchAll(anyCall('say'))]
            .map((m) => (m[1] ?? '').trim())
            .filter((arg) => !/^(['"])[^'"]*\1$/.test(arg) && !/^`[^`$]*`$/.test(arg)),
        }))
      : [];
    return [
      ...sayUses,
      ...uses.map(({ name, target }) => {
        const namespace = target === core ? 'core' : target ? (wordsModules.get(target) ?? null) : null;
        const ids = [...text.matchAll(literalCall(name))].map((m) => m[2] ?? '');
        const dynamic = [...text.matchAll(anyCall(name))]
          .map((m) => (m[1] ?? '').trim())
          .filter((arg) => !/^(['"])[^'"]*\1$/.test(arg) && !/^`[^`$]*`$/.test(arg));
        return { file: relative(SRC, file), namespace, ids, dynamic };
      }),
    ];
  });
}
