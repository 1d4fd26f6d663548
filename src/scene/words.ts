import messages from 'virtual:ims-messages/en/scene';
import type ids from '../i18n/locales/en/scene.json';
import { namespace } from '../i18n/t';

// The few words the 3D scene says itself (labels beside the body, what a click on a mark chose).
export const t = namespace<keyof typeof ids>(messages);
