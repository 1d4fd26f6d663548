import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A clone of the repository alone must build and pass its tests: no code, test, script or config
// may reach a file outside the repository. This reads the text of every such file and fails on a
// path that climbs above the repository, or an absolute path to a place on someone's machine.

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED_DIRS = ['src', 'tests', 'scripts', '.ci'];
const TEXT_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|json|html|css|sh)$|^run$/;

/** Every file the check covers, as paths relative to the repository. */
function scannedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(REPO, dir))) {
      const rel = path.join(dir, name);
      if (name === 'node_modules' || name.endsWith('-snapshots')) continue;
      if (statSync(path.join(REPO, rel)).isDirectory()) walk(rel);
      else if (TEXT_FILE.test(name)) out.push(rel);
    }
  };
  for (const dir of SCANNED_DIRS) walk(dir);
  // Config at the top level: *.config.*, and the two JSON files every tool reads.
  for (const name of readdirSync(REPO)) {
    if (/\.config\.[a-z]+$/.test(name) || name === 'package.json' || name === 'tsconfig.json') out.push(name);
  }
  return out;
}

/**
 * Absolute paths into machines' own folders (home folders, the shared work folder, temp). System
 * folders such as /usr/bin, where a browser is looked up, are not the project's data and are allowed.
 */
const PRIVATE_ABSOLUTE = /(?:^|['"`(\s=])(\/(?:work|home|root|Users|mnt|tmp|shared|srv|data)\/[^'"`\s)]*)/g;

/** A quoted relative path ("../x", './x'), or a file URL. */
const QUOTED_RELATIVE = /['"`](\.{1,2}\/[^'"`\s]*)['"`]/g;

/** Problems in one file's text; `file` is relative to the repository. */
function outsideReferences(file: string, text: string): string[] {
  const problems: string[] = [];
  const dir = path.dirname(path.join(REPO, file));
  for (const match of text.matchAll(QUOTED_RELATIVE)) {
    const ref = match[1] ?? '';
    const target = path.resolve(dir, ref);
    const rel = path.relative(REPO, target);
    if (rel.startsWith('..') || path.isAbsolute(rel)) problems.push(`${ref} (climbs out of the repository)`);
    // A shared folder one or more levels up is the usual way out, even when it is resolved from the repository's root
    // rather than from this file: flag it unless it names a real folder next to this file.
    else if (/^(\.\.\/)+shared\//.test(ref) && !existsSync(target)) {
      problems.push(`${ref} (the shared folder is outside the repository)`);
    }
  }
  for (const match of text.matchAll(PRIVATE_ABSOLUTE)) problems.push(`${match[1]} (absolute path)`);
  if (/file:\/{3}/.test(text)) problems.push('a file URL');
  return problems;
}

describe('the repository is self-contained', () => {
  const files = scannedFiles();

  it('scans the code, the tests, the scripts and the config', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'src/main.tsx',
        'tests/unit/content.test.ts',
        'scripts/start.mjs',
        'vite.config.ts',
        'playwright.config.ts',
        'package.json',
        '.ci/run',
      ]),
    );
    expect(files.length).toBeGreaterThan(80);
  });

  it('catches a path that leaves the repository', () => {
    // Built from pieces, so this file's own text does not trip the check below.
    const up = (n: number) => '../'.repeat(n);
    const q = "'";
    const bad = [
      `readFileSync(new URL(${q}${up(3)}shared/content/FACTS.md${q}, import.meta.url))`,
      `path.resolve(repoRoot, ${q}${up(1)}shared/seed/ims-page.txt${q})`,
      `const glb = ${q}/${'work'}/main/public/models/body.glb${q};`,
      `import x from ${q}${up(4)}elsewhere/x.js${q};`,
      `cp /${'tmp'}/out.png here`,
    ];
    for (const text of bad) expect(outsideReferences('tests/unit/x.test.ts', text), text).not.toEqual([]);
    const fine = [
      "import { content } from '../../src/content';",
      "new URL('../data/clinic-ims-page.txt', import.meta.url)",
      "const chrome = '/usr/bin/chromium';",
      "page.goto('./?page=side-effects')",
      "const href = 'https://www.istop.org/kneepain.html';",
    ];
    for (const text of fine) expect(outsideReferences('tests/unit/x.test.ts', text), text).toEqual([]);
  });

  it('no file under src/, tests/, scripts/ or a config file reaches outside the repository', () => {
    const found = files.flatMap((file) =>
      outsideReferences(file, readFileSync(path.join(REPO, file), 'utf8')).map((p) => `${file}: ${p}`),
    );
    expect(found).toEqual([]);
  });
});
