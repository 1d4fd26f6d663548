import messages from 'virtual:ims-messages/en/comparison';
import type ids from '../i18n/locales/en/comparison.json';
import { namespace } from '../i18n/t';

// The words of the comparison's lazy chunks (the page beside acupuncture, a condition's markers):
// they load with those chunks, not with the first paint.
export const t = namespace<keyof typeof ids>(messages);
