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
const T_IMPORT = /import\s*\{[^}]*\bt\b[^}]*\}\s*from\s*['"]([^'"]+)['"]/;
const LITERAL_CALL = /\bt\(\s*(['"`])([^'"`$]*)\1/g;
const ANY_CALL = /\bt\(\s*([^)\s][^,)]*)/g;

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
    const spec = T_IMPORT.exec(text)?.[1];
    // A words module may use its own `t` (src/pwa/updateNotice.ts).
    const own = wordsModules.get(file);
    if (!spec && !own) return [];
    const target = spec ? resolveImport(file, spec) : file;
    const namespace = target === core ? 'core' : target ? (wordsModules.get(target) ?? null) : null;
    const ids = [...text.matchAll(LITERAL_CALL)].map((m) => m[2] ?? '');
    const dynamic = [...text.matchAll(ANY_CALL)]
      .map((m) => (m[1] ?? '').trim())
      .filter((arg) => !/^(['"])[^'"]*\1$/.test(arg) && !/^`[^`$]*`$/.test(arg));
    return [{ file: relative(SRC, file), namespace, ids, dynamic }];
  });
}
