import { useEffect } from 'react';
import type { Condition } from '../content';
import { useAppStore } from '../state/store';
import { LoadPlace } from './LoadFailed';
import { lazyWithRetry } from './lazyWithRetry';
import './Compare.css';
import { t } from '../i18n/t';

// What the comparison shows, with the acupuncture and IMS-site content, is its own chunk: fetched
// when a condition opens (most visits never press the button), so the first paint stays small.
const loadDetails = () => import('./CompareDetails');
const CompareDetails = lazyWithRetry(loadDetails);

/**
 * "Compare with acupuncture" on a condition: the button, and while it is on, the comparison
 * (CompareDetails). Every condition has one (the content tests check it), so the button shows at
 * once, before the details' chunk has arrived.
 */
export function ComparePanel({ condition }: { condition: Condition }) {
  const compare = useAppStore((s) => s.compare);
  const setCompare = useAppStore((s) => s.setCompare);

  // Fetched ahead, so a press shows the comparison at once; a failure shows when it is asked for.
  useEffect(() => {
    loadDetails().catch(() => undefined);
  }, []);

  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="visually-hidden">
        {t('compare.heading')}
      </h2>
      <button
        type="button"
        className="compare-toggle"
        aria-pressed={compare}
        onClick={() => setCompare(!compare)}
      >
        <span className="compare-toggle-shapes" aria-hidden="true">
          <span className="legend-shape legend-ims" />
          <span className="legend-shape legend-acupoint" />
        </span>
        {t('compare.toggle')}
      </button>
      {compare && (
        <LoadPlace
          what={t('compare.what')}
          retry={CompareDetails.retry}
          loading={<p className="muted">{t('compare.loading')}</p>}
        >
          <CompareDetails condition={condition} />
        </LoadPlace>
      )}
    </section>
  );
}
