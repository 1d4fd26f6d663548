import { describe, expect, it } from 'vitest';

// The French dictionaries are merged into one (src/i18n/content/dictionary.ts), so an English text
// that two roots share ("Gluteus medius" is a condition's muscle and a muscle of the model) must have
// the same French in each file; otherwise one silently wins and the two pages disagree.
const files = import.meta.glob<Record<string, string>>('../../src/i18n/content/fr/*.json', {
  eager: true,
  import: 'default',
});

describe('French content dictionaries', () => {
  it('give a text shared by several files the same French in each', () => {
    const seen = new Map<string, { file: string; french: string }>();
    const clashes: string[] = [];
    for (const [file, dictionary] of Object.entries(files)) {
      for (const [english, french] of Object.entries(dictionary)) {
        const before = seen.get(english);
        if (before && before.french !== french)
          clashes.push(`"${english}": "${before.french}" (${before.file}) vs "${french}" (${file})`);
        else if (!before) seen.set(english, { file, french });
      }
    }
    expect(clashes).toEqual([]);
  });

  it('uses straight apostrophes only', () => {
    const curly = Object.values(files)
      .flatMap((d) => Object.values(d))
      .filter((french) => /[‘’]/.test(french));
    expect(curly).toEqual([]);
  });
});
