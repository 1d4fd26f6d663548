import { LoadPlace } from '../LoadFailed';
import { lazyWithRetry } from '../lazyWithRetry';

// The segmental view's panel carries the anatomy and segment content: its own chunk, fetched
// ahead when a condition opens (SpineLevelsSection) and shown with "Could not load" and Retry in
// its own place if it does not arrive.
export const loadSegmentPanel = () => import('./SegmentPanel');
const SegmentPanelChunk = lazyWithRetry(loadSegmentPanel);

/** The panel of the segmental view: a condition's spinal levels, or one level. */
export function LazySegmentPanel() {
  return (
    <LoadPlace
      what="The spinal levels"
      retry={SegmentPanelChunk.retry}
      loading={<p className="muted part-loading">Loading…</p>}
    >
      <SegmentPanelChunk />
    </LoadPlace>
  );
}
