import messages from 'virtual:ims-messages/en/consultEntry';
import type ids from '../i18n/locales/en/consultEntry.json';
import { namespace } from '../i18n/t';

// The consultation's few first-paint words: the ways in (pain chart, take-home) and the start-up
// notices. The rest load with their lazy chunks (./words).
export const t = namespace<keyof typeof ids>(messages);
