import { isEmbedLink } from '../state/urlState';

// The compact mode for a clinic's own web page (`embed=1` in the link): the body and the panel
// only, in the clinic's colours; anything that would leave them opens the full app in a new tab.
// Known at start and for the whole visit. Everything else it needs is in its own chunk (startEmbed).
export const EMBED = typeof window !== 'undefined' && isEmbedLink(window.location.search);
