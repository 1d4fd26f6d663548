import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

// A small Flesch–Kincaid helper for the readability test. It counts sentences, words and syllables
// the way a person reads them aloud, so numbers ("46"), ranges ("2–3") and root levels ("C6–C8")
// neither split a sentence nor vanish from the count.

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'etc.', 'dr.', 'vs.', 'st.', 'approx.', 'no.', 'fig.', 'al.']);

/** Syllables when spoken: "0".."9" each one or two syllables; we use a flat one per digit. */
function numberSyllables(digits: string): number {
  return Math.max(1, digits.replace(/[^0-9]/g, '').length);
}

/** Syllables in one word-like token, as read aloud. */
export function tokenSyllables(token: string): number {
  let total = 0;
  // A token such as "C6–C8", "2–3", "L4–S1", "orange-peel" or "14–42%" is read part by part.
  for (const part of token.split(/[-–—/]/)) {
    if (part === '') continue;
    // Letters and digit runs alternate inside a part ("C6", "S1", "V3").
    for (const chunk of part.match(/[0-9][0-9.,]*|[A-Za-z’']+|%/g) ?? []) {
      if (chunk === '%')
        total += 2; // "percent"
      else if (/^[0-9]/.test(chunk)) total += numberSyllables(chunk);
      else if (/^[A-Z]{2,6}s?$/.test(chunk)) {
        // An acronym said letter by letter ("IMS", "TMJ"); "W" is three syllables.
        for (const letter of chunk.replace(/s$/, '')) total += letter === 'W' ? 3 : 1;
      } else total += Math.max(1, syllable(chunk));
    }
  }
  return total;
}

/** Words: whitespace-separated tokens that contain a letter or a digit. */
export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((t) => t.replace(/^[("“‘'[]+|[)"”’'\].,;:!?]+$/g, ''))
    .filter((t) => /[A-Za-z0-9]/.test(t));
}

/** Sentences: split after . ! ? when followed by a space (or the end), skipping abbreviations and decimals. */
export function sentenceCount(text: string): number {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  let count = 0;
  tokens.forEach((token, i) => {
    const bare = token.replace(/[)"”’'\]]+$/g, '');
    const isInitial = /^[A-Z]\.$/.test(bare); // "Dr C. Chan Gunn"
    const endsSentence = /[.!?]$/.test(bare) && !isInitial && !ABBREVIATIONS.has(bare.toLowerCase());
    if (endsSentence || i === tokens.length - 1) count += 1;
  });
  return count;
}

// A type alias, not an interface: flesch-kincaid's parameter type has an index signature.
export type ReadabilityCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

export function readabilityCounts(text: string): ReadabilityCounts {
  const list = words(text);
  return {
    sentence: list.length === 0 ? 0 : sentenceCount(text),
    word: list.length,
    syllable: list.reduce((sum, w) => sum + tokenSyllables(w), 0),
  };
}

/** Flesch–Kincaid grade level of a text (NaN for a text with no words). */
export function fleschKincaidGrade(text: string): number {
  return fleschKincaid(readabilityCounts(text));
}
