// The region ids are the contract between the model and the content, kept in ONE file that both
// the model generator (plain Node) and the app import: src/content/regionIdList.mjs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGION_IDS as LIST } from '../../src/content/regionIdList.mjs';
import { isRegionId, REGION_IDS } from '../../src/content/regionIds';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = 'src/content/regionIdList.mjs';
// Made from the model by a generator, not written by hand: its ids are checked against the list
// (tests/unit/bodyMap.test.ts) and it is made again from the model when the list changes.
const GENERATED = new Set(['src/map2d/bodyMap.json']);

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(REPO, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(REPO, rel)).isDirectory()) out.push(...codeFiles(rel));
    else if (/\.(ts|tsx|mts|js|mjs|json)$/.test(name)) out.push(rel);
  }
  return out;
}

describe('region ids', () => {
  it('are one frozen list of unique ids, the same object for the app and the generator', () => {
    expect(REGION_IDS).toBe(LIST);
    expect(Object.isFrozen(REGION_IDS)).toBe(true);
    expect(new Set(REGION_IDS).size).toBe(REGION_IDS.length);
    expect(REGION_IDS.length).toBe(43);
    for (const id of REGION_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(isRegionId('jaw-left')).toBe(true);
    expect(isRegionId('jaw')).toBe(false);
  });

  it('are imported by the model generator from the one source file', () => {
    const regions = readFileSync(path.join(REPO, 'scripts/model/regions.mjs'), 'utf8');
    expect(regions).toContain("from '../../src/content/regionIdList.mjs'");
  });

  it('are listed in no other source or script (no second copy)', () => {
    const copies: string[] = [];
    for (const file of [...codeFiles('src'), ...codeFiles('scripts')]) {
      if (file === SOURCE || GENERATED.has(file)) continue;
      const text = readFileSync(path.join(REPO, file), 'utf8');
      const quoted = REGION_IDS.filter((id) => text.includes(`'${id}'`) || text.includes(`"${id}"`));
      // a whole list, not a few ids named for a purpose
      if (quoted.length > REGION_IDS.length / 2) copies.push(`${file} (${quoted.length} ids)`);
    }
    expect(copies).toEqual([]);
  });
});
