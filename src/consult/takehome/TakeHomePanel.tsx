import { LoadPlace } from '../../ui/LoadFailed';
import { lazyWithRetry } from '../../ui/lazyWithRetry';
import { t } from '../words';

// The take-home link, its QR code and the handout (with the QR library): their own chunk, fetched
// when first shown (the presenter's take-home step, or "Take this visit home" in the panel).
const TakeHomeContent = lazyWithRetry(() => import('./TakeHomeContent'));

/** The take-home link, its QR code and "Print the handout". */
export function TakeHomePanel() {
  return (
    <LoadPlace
      what={t('consult.takeHome.what')}
      retry={TakeHomeContent.retry}
      loading={<p className="muted">{t('consult.loading')}</p>}
    >
      <TakeHomeContent />
    </LoadPlace>
  );
}
