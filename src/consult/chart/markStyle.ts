import type { PainKind } from '../types';
import { t } from '../words';

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

/** A kind's letter: the first of its name in the language shown (each kind's differs). */
export const painKindLetter = (kind: PainKind): string => t(`consult.letter.${kind}`);

/** The words for an intensity, said with the number ("5 out of 10, moderate"). */
export function intensityWords(intensity: number): string {
  const feel =
    intensity === 0
      ? t('consult.feel.none')
      : intensity <= 3
        ? t('consult.feel.mild')
        : intensity <= 6
          ? t('consult.feel.moderate')
          : intensity <= 9
            ? t('consult.feel.severe')
            : t('consult.feel.worst');
  return t('consult.strength.words', { intensity, feel });
}
