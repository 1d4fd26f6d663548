import { describe, expect, it } from 'vitest';
import { STRENGTH_LABEL, TESTED_LABEL } from '../../src/content/evidenceLabels';
import { fleschKincaidGrade, readabilityCounts } from '../../src/content/readability';
import { everyStatement } from '../../src/content/walk';
import { content } from './fullContent';

// Patients read this at home: every paragraph must read at grade 8 or below, and the whole at
// grade 7 or below on average (Flesch–Kincaid).
const MAX_GRADE = 8.0;
const MAX_AVERAGE = 7.0;
/** Shorter texts (a name, a fragment) are too short for a grade to mean much; they count in the average. */
const MIN_WORDS_FOR_LIMIT = 6;

/**
 * Every patient-facing text: statements, summaries, evidence lines, general texts, region
 * descriptions, side effects and warning signs, and the short labels shown beside them.
 */
function patientTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = everyStatement(content).map(({ path, statement }) => ({
    where: path.join('.'),
    text: statement.text,
  }));
  for (const c of content.conditions) out.push({ where: `${c.id}.summary`, text: c.summary });
  out.push({ where: 'general.disclaimer', text: content.general.disclaimer });
  out.push({ where: 'general.noConditionHere', text: content.general.noConditionHere });
  for (const r of content.regions)
    if (r.description) out.push({ where: `${r.id}.description`, text: r.description });
  for (const s of content.safety.warningSigns.signs)
    out.push({ where: `warning sign ${s.id}`, text: s.text });
  for (const [key, text] of [...Object.entries(TESTED_LABEL), ...Object.entries(STRENGTH_LABEL)])
    out.push({ where: `evidence label ${key}`, text });
  // Shared statements appear in many places; measure each text once.
  const seen = new Set<string>();
  return out.filter(({ text }) => !seen.has(text) && seen.add(text));
}

describe('fleschKincaidGrade', () => {
  it('counts numbers, ranges and root levels as single words', () => {
    expect(readabilityCounts('Nerves from C6–C8 serve it.')).toMatchObject({ word: 5, sentence: 1 });
    expect(readabilityCounts('You may need 2–3 sessions.')).toMatchObject({ word: 5, sentence: 1 });
    expect(readabilityCounts('About 14–42% of people, or 20,827 patients.')).toMatchObject({
      word: 7,
      sentence: 1,
    });
  });

  it('does not end a sentence at an initial, an abbreviation or a decimal', () => {
    expect(readabilityCounts('Dr C. Chan Gunn began it. It is used today.').sentence).toBe(2);
    expect(readabilityCounts('Big muscles, e.g. the calf, can be tight. Small ones too.').sentence).toBe(2);
    expect(readabilityCounts('It is 2.5 cm long. That is small.').sentence).toBe(2);
    expect(readabilityCounts('Is it sore? Yes! It is.').sentence).toBe(3);
  });

  it('counts syllables of acronyms and numbers as they are read aloud', () => {
    expect(readabilityCounts('IMS').syllable).toBe(3);
    expect(readabilityCounts('C6–C8').syllable).toBe(4);
    expect(readabilityCounts('cat').syllable).toBe(1);
  });

  it('ranks easy text low and hard text high', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was a sunny day.')).toBeLessThan(2);
    expect(
      fleschKincaidGrade(
        'Intramuscular stimulation addresses neuropathic musculoskeletal dysfunction consequent upon radiculopathic denervation supersensitivity.',
      ),
    ).toBeGreaterThan(16);
    expect(fleschKincaidGrade('')).toBeNaN();
    expect(fleschKincaidGrade('   ')).toBeNaN();
  });
});

describe('readability of the content', () => {
  const graded = patientTexts().map((t) => ({
    ...t,
    words: readabilityCounts(t.text).word,
    grade: fleschKincaidGrade(t.text),
  }));
  const worstFive = () =>
    [...graded]
      .sort((a, b) => b.grade - a.grade)
      .slice(0, 5)
      .map((g) => `  ${g.grade.toFixed(1)}  ${g.where}: ${g.text}`)
      .join('\n');

  it('measures a real amount of text', () => {
    expect(graded.length).toBeGreaterThan(100);
    for (const g of graded) expect(Number.isFinite(g.grade), g.where).toBe(true);
  });

  it(`keeps every paragraph at grade ${MAX_GRADE} or below`, () => {
    const tooHard = graded.filter((g) => g.words >= MIN_WORDS_FOR_LIMIT && g.grade > MAX_GRADE);
    expect(tooHard, `Too hard to read. Worst five:\n${worstFive()}`).toEqual([]);
  });

  it(`keeps the average at grade ${MAX_AVERAGE} or below`, () => {
    const average = graded.reduce((sum, g) => sum + g.grade, 0) / graded.length;
    expect(average, `Average grade ${average.toFixed(2)}. Worst five:\n${worstFive()}`).toBeLessThanOrEqual(
      MAX_AVERAGE,
    );
  });
});
