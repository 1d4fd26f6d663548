import { useEffect } from 'react';
import type { Condition } from '../content';
import { useAppStore } from '../state/store';
import { LoadPlace } from './LoadFailed';
import { lazyWithRetry } from './lazyWithRetry';
import './Compare.css';

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
        IMS beside acupuncture
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
        Compare with acupuncture
      </button>
      {compare && (
        <LoadPlace
          what="The comparison"
          retry={CompareDetails.retry}
          loading={<p className="muted">Loading the comparison…</p>}
        >
          <CompareDetails condition={condition} />
        </LoadPlace>
      )}
    </section>
  );
}
