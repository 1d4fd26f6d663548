// Pure: where the level labels go on the screen. They stand in one column beside the spine, on
// the side away from the middle of the view (the limb and the rest of the body are mostly on the
// other side), each as near its own level's height as the labels above and below allow, with a
// thin line to the spine. Too many to fit (a long stretch of the spine seen from afar): every
// second or third is labelled, always the first and the last.

export interface ScreenAnchor {
  /** Where the label's line ends (the label point behind the spine), in canvas pixels. */
  x: number;
  y: number;
}

export interface PlacedLabel {
  /** Index into the anchors. */
  index: number;
  /** The label's box: its near edge at `x` (its right edge on the left side, left edge on the right). */
  x: number;
  /** The label's vertical centre. */
  y: number;
}

export interface LabelLayout {
  side: 'left' | 'right';
  labels: PlacedLabel[];
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** A label's height and width in pixels (the widest). */
  labelHeight: number;
  labelWidth: number;
  /** The horizontal room between the spine and the column. */
  reach: number;
  /** The side used last time, kept unless the spine is clearly on the other half (no flicker). */
  previousSide?: 'left' | 'right' | null;
}

const GAP = 4;
/** Up to this many labels always show, however close their levels are on the screen. */
const ALWAYS_SHOWN = 8;
/** How far past the middle the spine must be before the column changes side (share of the width). */
const SIDE_HYSTERESIS = 0.06;
const MARGIN = 4;

/** Which anchors keep a label when not every one fits: every k-th, and always the first and last. */
export function thinned(count: number, fits: number): number[] {
  if (count <= fits || count <= 2) return [...Array(count).keys()];
  const step = Math.ceil((count - 1) / Math.max(1, fits - 1));
  const kept: number[] = [];
  for (let i = 0; i < count; i += step) kept.push(i);
  if (kept.at(-1) !== count - 1) {
    // The last one always shows; drop the one before it if they would crowd.
    if (kept.length > 1 && count - 1 - (kept.at(-1) ?? 0) < step / 2) kept.pop();
    kept.push(count - 1);
  }
  return kept;
}

/** Labels (anchors top to bottom of the spine) placed in a column with no overlaps. */
export function layoutLabels(anchors: readonly ScreenAnchor[], options: LayoutOptions): LabelLayout {
  const { width, height, labelHeight, labelWidth, reach, previousSide } = options;
  const meanX = anchors.reduce((sum, a) => sum + a.x, 0) / Math.max(1, anchors.length);
  const offCentre = (meanX - width / 2) / Math.max(1, width);
  const side: 'left' | 'right' =
    previousSide && Math.abs(offCentre) < SIDE_HYSTERESIS ? previousSide : offCentre > 0 ? 'right' : 'left';
  if (anchors.length === 0) return { side, labels: [] };

  const pitch = labelHeight + GAP;
  const ys = anchors.map((a) => a.y);
  const span = Math.max(...ys) - Math.min(...ys);
  // A few always show (the column reaches past the spine's stretch, the lines fan out); more only
  // as many as fit along that stretch with some room above and below it.
  const fits = Math.max(ALWAYS_SHOWN, Math.floor((span + 4 * pitch) / pitch));
  const kept = thinned(anchors.length, fits);

  // The column: clear of every anchor on its side, and on the canvas.
  const xs = kept.map((i) => anchors[i]?.x ?? 0);
  let x = side === 'left' ? Math.min(...xs) - reach : Math.max(...xs) + reach;
  x =
    side === 'left'
      ? Math.max(MARGIN + labelWidth, Math.min(width - MARGIN, x))
      : Math.min(width - MARGIN - labelWidth, Math.max(MARGIN, x));

  // Heights: each at its anchor, pushed down past the one above, then the block moved back up by
  // its mean shift (so a crowd sits centred on its anchors), pushed down again, kept on the canvas.
  const wanted = kept.map((i) => anchors[i]?.y ?? 0);
  const push = (y: number[]) => {
    for (let i = 1; i < y.length; i++) y[i] = Math.max(y[i] ?? 0, (y[i - 1] ?? 0) + pitch);
    return y;
  };
  let y = push([...wanted]);
  const shift = y.reduce((sum, v, i) => sum + v - (wanted[i] ?? 0), 0) / Math.max(1, y.length);
  y = push(y.map((v) => v - shift));
  const top = MARGIN + labelHeight / 2;
  const bottom = height - MARGIN - labelHeight / 2;
  const over = (y.at(-1) ?? 0) - bottom;
  if (over > 0) y = y.map((v) => v - over);
  const under = top - (y[0] ?? 0);
  if (under > 0) y = y.map((v) => v + under);

  return { side, labels: kept.map((index, k) => ({ index, x, y: y[k] ?? 0 })) };
}
