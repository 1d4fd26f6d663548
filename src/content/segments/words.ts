import messages from 'virtual:ims-messages/en/spineLevels';
import type ids from '../../i18n/locales/en/spineLevels.json';
import { namespace } from '../../i18n/t';

// The few words the segmental view builds at run time ("C3–C6 and T12–S1"), in the active language.
export const t = namespace<keyof typeof ids>(messages);
