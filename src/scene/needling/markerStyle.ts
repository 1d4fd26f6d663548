// The comparison's colours, shared by the markers on the body and the legend in the panel, so the
// two always match. Shape tells the kinds apart too (diamond, bead, line), never colour alone.
export const MARKER_COLOURS = {
  ims: '#e0600f',
  acupoint: '#0e8f86',
  meridian: '#12a398',
} as const;
