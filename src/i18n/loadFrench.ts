import fr from 'virtual:ims-messages/fr';
import { FRENCH_CONTENT } from './content/dictionary';
import { localizeInPlace } from './content/localize';
import { CONTENT_ROOTS } from './content/roots';
import { activateMessages } from './t';

// The French chunk: all French UI messages and content, applied before the first render.
export function useFrench(): void {
  activateMessages('fr', fr);
  const missing = localizeInPlace(CONTENT_ROOTS, FRENCH_CONTENT);
  if (missing.length > 0) console.warn(`French: ${missing.length} content strings have no translation.`);
}
