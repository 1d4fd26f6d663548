import messages from 'virtual:ims-messages/en/map';
import type ids from '../i18n/locales/en/map.json';
import { namespace } from '../i18n/t';

// The words of the body's stage (3D or flat map) and of the flat map, namespace "map".
export const t = namespace<keyof typeof ids>(messages);
