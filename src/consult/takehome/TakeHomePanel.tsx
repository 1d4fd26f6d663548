import { LoadPlace } from '../../ui/LoadFailed';
import { lazyWithRetry } from '../../ui/lazyWithRetry';

// The take-home link, its QR code and the handout (with the QR library): their own chunk, fetched
// when first shown (the presenter's take-home step, or "Take this visit home" in the panel).
const TakeHomeContent = lazyWithRetry(() => import('./TakeHomeContent'));

/** The take-home link, its QR code and "Print the handout". */
export function TakeHomePanel() {
  return (
    <LoadPlace
      what="The take-home link"
      retry={TakeHomeContent.retry}
      loading={<p className="muted">Loading…</p>}
    >
      <TakeHomeContent />
    </LoadPlace>
  );
}
