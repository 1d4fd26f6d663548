/**
 * Focuses the segmental view's heading once it has drawn: for changes inside the view that the
 * panel does not see as a new view (a level's "Back" to its condition's levels).
 */
export function focusSegmentHeading() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('#segment-heading')?.focus());
}
