import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localizeInPlace } from '../../src/i18n/content/localize';
import { CONTENT_ROOTS } from '../../src/i18n/content/roots';
import { activateMessages } from '../../src/i18n/t';

// Search on a French page: the content is swapped to French first (as loadFrench does), then the
// search chunk builds its index from it. A small dictionary stands in for the French content.
const FRENCH = {
  'Tennis elbow': 'Épicondylite latérale (coude du joueur de tennis)',
  'lateral epicondylitis': 'épicondylite',
  'Heel (left)': 'Talon (gauche)',
  Heel: 'Talon',
  Achilles: "tendon d'Achille",
};

let search: typeof import('../../src/content/search').search;
let normalise: typeof import('../../src/content/search').normalise;

beforeAll(async () => {
  activateMessages('fr', {});
  localizeInPlace(CONTENT_ROOTS, FRENCH);
  ({ search, normalise } = await import('../../src/content/search'));
});
afterAll(() => activateMessages('en'));

const names = (query: string) =>
  search(query).map((r) =>
    r.kind === 'condition' ? r.condition.id : r.kind === 'region' ? r.region.id : r.page,
  );

describe('search in French', () => {
  it('drops French articles and accents', () => {
    expect(normalise("Douleur à l'épaule", 'fr')).toBe('douleur a epaule');
    expect(normalise("j'ai mal au talon d'Achille", 'fr')).toBe('ai mal au talon achille');
    // English keeps its apostrophes as before.
    expect(normalise("runner's knee", 'en')).toBe('runners knee');
  });

  it('finds a condition by its French name, an everyday French phrase and a misspelling', () => {
    expect(names('épicondylite')[0]).toBe('tennis-elbow');
    expect(names('coude du joueur de tennis')[0]).toBe('tennis-elbow');
    expect(names('epicondilite')[0]).toBe('tennis-elbow');
    expect(names("j'ai mal au coude")).toContain('tennis-elbow');
  });

  it('finds a body area by its French name and alias', () => {
    expect(names('talon')).toEqual(expect.arrayContaining(['heel-left']));
    expect(names("tendon d'Achille")).toEqual(expect.arrayContaining(['heel-left']));
  });
});
