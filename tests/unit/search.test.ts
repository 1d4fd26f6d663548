import { describe, expect, it } from 'vitest';
import { normalise, type SearchResult, search } from '../../src/content/search';

/** "condition:tennis-elbow", "region:heel-left" or "page:ims-vs-acupuncture", for readable assertions. */
const ids = (results: SearchResult[]) =>
  results.map((r) =>
    r.kind === 'condition'
      ? `condition:${r.condition.id}`
      : r.kind === 'region'
        ? `region:${r.region.id}`
        : `page:${r.page}`,
  );
const top = (query: string, n = 1) => ids(search(query)).slice(0, n);
const firstCondition = (query: string) =>
  search(query).find((r): r is Extract<SearchResult, { kind: 'condition' }> => r.kind === 'condition')
    ?.condition.id;

describe('normalise', () => {
  it('lower-cases, drops apostrophes, turns punctuation into spaces and collapses them', () => {
    expect(normalise("  Runner's   KNEE!! ")).toBe('runners knee');
    expect(normalise('Golfer’s elbow')).toBe('golfers elbow');
    expect(normalise('heel-pain,  (left)')).toBe('heel pain left');
    expect(normalise('Achílles')).toBe('achilles');
  });
});

describe('search', () => {
  it('finds conditions from misspellings', () => {
    expect(top('tenis elbo')).toEqual(['condition:tennis-elbow']);
    expect(top('carpel tunel')).toEqual(['condition:carpal-tunnel-syndrome']);
    expect(top('headake')).toEqual(['condition:headaches']);
    expect(top('plantar fasciitus')).toEqual(['condition:plantar-fasciitis']);
    expect(top('piriformus')).toEqual(['condition:piriformis-syndrome']);
    expect(top('achilles tendonitis')).toEqual(['condition:achilles-tendinopathy']);
  });

  it('finds conditions from everyday words', () => {
    expect(top('sore jaw')).toEqual(['condition:jaw-pain']);
    expect(top('runners knee')).toEqual(['condition:patellofemoral-pain']);
    expect(top("runner's knee")).toEqual(['condition:patellofemoral-pain']);
    expect(top('shin')).toEqual(['condition:shin-splints']);
    expect(top('clicking finger')).toEqual(['condition:trigger-finger']);
    expect(top('pain on first steps')).toEqual(['condition:plantar-fasciitis']);
    expect(top('numb fingers')).toEqual(['condition:carpal-tunnel-syndrome']);
    expect(top('whiplash')).toEqual(['condition:chronic-whiplash-pain']);
    expect(top('TMJ')).toEqual(['condition:jaw-pain']);
    expect(top('lateral epicondylitis')).toEqual(['condition:tennis-elbow']);
    expect(top('inner elbow pain')).toEqual(['condition:golfers-elbow']);
    expect(top('IT band')).toEqual(['condition:iliotibial-band-syndrome']);
    expect(firstCondition('sciatica')).toBe('piriformis-syndrome');
    expect(firstCondition('back pain')).toBe('spinal-pain');
  });

  it('puts heel conditions and the heel itself at the top for "heel pain"', () => {
    const first4 = top('heel pain', 4);
    expect(first4.slice(0, 2).sort()).toEqual([
      'condition:achilles-tendinopathy',
      'condition:plantar-fasciitis',
    ]);
    expect(first4).toEqual(expect.arrayContaining(['region:heel-left', 'region:heel-right']));
  });

  it('finds spinal pain and the lower back for "lower back"', () => {
    expect(top('lower back', 2).sort()).toEqual(['condition:spinal-pain', 'region:lower-back']);
  });

  it('finds body regions from everyday words', () => {
    expect(top('funny bone', 3)).toEqual(
      expect.arrayContaining(['region:elbow-inner-left', 'region:elbow-inner-right']),
    );
    expect(top('bum', 3)).toEqual(expect.arrayContaining(['region:hip-left', 'region:hip-right']));
    expect(top('shin bone', 2).sort()).toEqual(['region:shin-left', 'region:shin-right']);
    expect(top('temple', 2)).toContain('region:head');
    expect(top('tummy')).toEqual(['region:abdomen']);
    expect(top('chest')).toEqual(['region:chest']);
    expect(top('left heel')).toEqual(['region:heel-left']);
  });

  it('returns both kinds, best first, with scores between 0 and 1', () => {
    const results = search('knee');
    const kinds = new Set(results.map((r) => r.kind));
    expect(kinds).toEqual(new Set(['condition', 'region']));
    const scores = results.map((r) => r.score);
    scores.forEach((score, i) => {
      if (i > 0) expect((scores[i - 1] ?? 0) + 0.01).toBeGreaterThanOrEqual(score);
    });
    for (const r of results) {
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('respects the limit and lists each result once', () => {
    expect(search('pain')).toHaveLength(8);
    expect(search('pain', 3)).toHaveLength(3);
    expect(search('pain', 0)).toEqual([]);
    const all = ids(search('elbow', 50));
    expect(new Set(all).size).toBe(all.length);
  });

  it('returns nothing for empty or whitespace queries', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('\n\t')).toEqual([]);
  });

  it('returns nothing for nonsense', () => {
    expect(search('zzzzqqq')).toEqual([]);
    expect(search('xkcdqwv')).toEqual([]);
  });

  it('copes with long input and special characters without throwing', () => {
    expect(() => search('x'.repeat(10_000))).not.toThrow();
    expect(search('x'.repeat(10_000))).toEqual([]);
    expect(top(`tennis elbow ${'and more words '.repeat(200)}`)).toEqual(['condition:tennis-elbow']);
    for (const q of [
      '!!@@##',
      '()[]{}*+?.^$|\\',
      '<script>alert(1)</script>',
      '🦶 heel',
      "'; DROP TABLE",
      '%%%',
    ]) {
      expect(() => search(q), q).not.toThrow();
    }
    expect(top('🦶 heel!!!', 2).sort()).toEqual(['region:heel-left', 'region:heel-right']);
  });
});
