import type { DeepLayer, LayerId } from '../../state/anatomySlice';

// The words for each layer, on its button and in what is read aloud. Kept apart from the anatomy
// content so the layer buttons (painted with the page) do not pull the content in.

export const LAYER_LABEL: Record<LayerId, string> = {
  skin: 'Skin',
  muscles: 'Muscles',
  skeleton: 'Skeleton',
  nerves: 'Nerves',
};

/** "the muscles did not arrive", "Loading the skeleton". */
export const LAYER_NOUN: Record<DeepLayer, string> = {
  muscles: 'the muscles',
  skeleton: 'the skeleton',
  nerves: 'the nerves',
};

/** What one part of a layer is called: "a muscle", for lists and headings. */
export const PART_NOUN: Record<DeepLayer, { one: string; many: string }> = {
  muscles: { one: 'muscle', many: 'muscles' },
  skeleton: { one: 'bone', many: 'bones' },
  nerves: { one: 'nerve', many: 'nerves' },
};
