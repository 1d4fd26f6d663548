import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { PartRef } from '../../state/anatomySlice';
import { LoadPlace } from '../LoadFailed';
import { lazyWithRetry } from '../lazyWithRetry';
import { t } from './layerNames';

// The part view and the part lists carry the anatomy content: their own chunks, loaded when
// first needed, each with "Could not load" and Retry in its own place if the network drops.
const PartViewChunk = lazyWithRetry(() => import('./PartView'));
const PartBrowserChunk = lazyWithRetry(() => import('./PartBrowser'));

function Boundary({ what, retry, children }: { what: string; retry: () => void; children: ReactNode }) {
  return (
    <LoadPlace
      what={what}
      retry={retry}
      loading={<p className="muted part-loading">{t('layers.loadingShort')}</p>}
    >
      {children}
    </LoadPlace>
  );
}

export function LazyPartView({ part }: { part: PartRef }) {
  return (
    <Boundary what={t('layers.partWhat')} retry={PartViewChunk.retry}>
      <PartViewChunk part={part} />
    </Boundary>
  );
}

/**
 * The lists of muscles, bones and nerves on the start page: fetched once they come near the
 * screen, so the first paint never waits for them.
 */
let browserWanted = false;

export function LazyPartBrowser() {
  const placeRef = useRef<HTMLDivElement>(null);
  // Once fetched, the lists show at once whenever the start page comes back.
  const [near, setNear] = useState(browserWanted);
  useEffect(() => {
    const place = placeRef.current;
    if (near || !place) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    // The panel scrolls by itself on wide screens (the page does on phones): watch within it.
    const panel = place.closest<HTMLElement>('.panel');
    const root = panel && getComputedStyle(panel).overflowY !== 'visible' ? panel : null;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setNear(true),
      {
        root,
        rootMargin: '600px 0px',
      },
    );
    observer.observe(place);
    return () => observer.disconnect();
  }, [near]);
  if (near) browserWanted = true;
  return (
    <div ref={placeRef} className="part-browser-place">
      {near ? (
        <Boundary what={t('layers.browserWhat')} retry={PartBrowserChunk.retry}>
          <PartBrowserChunk />
        </Boundary>
      ) : (
        <section aria-labelledby="part-browser-waiting">
          <h2 id="part-browser-waiting">{t('layers.browserHeading')}</h2>
        </section>
      )}
    </div>
  );
}
