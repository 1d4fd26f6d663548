import messages from 'virtual:ims-messages/en/segments';
import type ids from '../../i18n/locales/en/segments.json';
import { namespace } from '../../i18n/t';

// The segmental view's words: they come with its chunk.
export const t = namespace<keyof typeof ids>(messages);
