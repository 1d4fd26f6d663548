import messages from 'virtual:ims-messages/en/layers';
import type ids from '../../i18n/locales/en/layers.json';
import { namespace } from '../../i18n/t';
import type { LayerId } from '../../state/anatomySlice';

// The layer controls' words (painted with the page, namespace "layers"), on each button and in
// what is read aloud. Kept apart from the anatomy content so the layer buttons do not pull it in.
export const t = namespace<keyof typeof ids>(messages);

export const layerLabel = (layer: LayerId): string => t(`layers.${layer}`);
