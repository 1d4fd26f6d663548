import messages from 'virtual:ims-messages/en/anatomy';
import type ids from '../../i18n/locales/en/anatomy.json';
import { namespace } from '../../i18n/t';

// The part view's and the part lists' words: loaded with their lazy chunks.
export const t = namespace<keyof typeof ids>(messages);
