import type { PainKind } from '../types';

// How each kind of pain looks, on the body and in the list. The colours are from the Okabe–Ito
// set (told apart with the common kinds of colour blindness) and each kind also has its own
// letter in the list and the legend, so colour is never the only clue.

export const PAIN_KIND_COLOURS: Record<PainKind, string> = {
  aching: '#0072b2',
  sharp: '#7b3294',
  burning: '#d55e00',
  'pins-and-needles': '#009e73',
  numb: '#6b6b6b',
};

export const PAIN_KIND_LETTERS: Record<PainKind, string> = {
  aching: 'A',
  sharp: 'S',
  burning: 'B',
  'pins-and-needles': 'P',
  numb: 'N',
};

/** The words for an intensity, said with the number ("5 out of 10, moderate"). */
export function intensityWords(intensity: number): string {
  const feel =
    intensity === 0
      ? 'no pain'
      : intensity <= 3
        ? 'mild'
        : intensity <= 6
          ? 'moderate'
          : intensity <= 9
            ? 'severe'
            : 'the worst pain you can imagine';
  return `${intensity} out of 10, ${feel}`;
}
