import messages from 'virtual:ims-messages/en/cycle';
import type ids from '../i18n/locales/en/cycle.json';
import { namespace } from '../i18n/t';

// The pain-cycle explainer's own words (its steps are content: stages.ts). Loaded with its chunk.
export const t = namespace<keyof typeof ids>(messages);
