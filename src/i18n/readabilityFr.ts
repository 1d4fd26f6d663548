// Kandel & Moles (1958): Flesch's reading ease refitted to French.
//   score = 207 − 1.015 × (words / sentences) − 73.6 × (syllables / words)
// Read like Flesch: 70–80 fairly easy (about grade 7), 60–70 plain (grades 8–9), under 60 hard.

/** The French limits the tests hold every text to (like grade 8 and an average of grade 7). */
export const MIN_FRENCH_SCORE = 60;
export const MIN_FRENCH_AVERAGE = 70;
/** Texts shorter than this are fragments (a name, a label): too short for a score to mean much. */
export const MIN_WORDS_FOR_FRENCH_LIMIT = 12;

const VOWELS = /[aeiouyàâäéèêëîïôöùûüœæ]+/g;

/** Spoken syllables of one French word, by vowel groups; a silent final "e", "es" or "ent" drops one. */
export function frenchSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-zàâäçéèêëîïôöùûüœæ'-]/g, '');
  if (w === '') return /[0-9]/.test(word) ? Math.max(1, word.replace(/[^0-9]/g, '').length) : 0;
  let count = 0;
  for (const part of w.split(/['-]/)) {
    const groups = part.match(VOWELS)?.length ?? 0;
    const silentEnd = groups > 1 && /[^aeiouyé](e|es|ent)$/.test(part) ? 1 : 0;
    count += Math.max(part === '' ? 0 : 1, groups - silentEnd);
  }
  return Math.max(1, count);
}

export function frenchWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((t) => t.replace(/^[(«"“'[]+|[)»"”'\].,;:!?]+$/g, ''))
    .filter((t) => /[A-Za-zÀ-ÿ0-9]/.test(t));
}

export function frenchSentences(text: string): number {
  const parts = text.split(/[.!?]+(?=\s|$)/).filter((s) => /[A-Za-zÀ-ÿ0-9]/.test(s));
  return Math.max(1, parts.length);
}

/** The Kandel–Moles reading-ease score of a French text (higher is easier; NaN with no words). */
export function kandelMoles(text: string): number {
  const list = frenchWords(text);
  if (list.length === 0) return Number.NaN;
  const syllables = list.reduce((sum, w) => sum + frenchSyllables(w), 0);
  return 207 - 1.015 * (list.length / frenchSentences(text)) - 73.6 * (syllables / list.length);
}
