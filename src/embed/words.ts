import messages from 'virtual:ims-messages/en/embed';
import type ids from '../i18n/locales/en/embed.json';
import { namespace } from '../i18n/t';

export const t = namespace<keyof typeof ids>(messages);
