import { useEffect, useState } from 'react';
import { useAppStore } from '../state/store';
import { fullAppHref } from './fullAppLink';
import { t } from './words';
import './embed.css';

/** The full app's address for what the embed shows now, kept in step with it. */
function useFullAppHref(): string {
  const [href, setHref] = useState(() => fullAppHref(window.location.href, window.location.href));
  useEffect(() => {
    // The address bar follows the store (urlSync); read it once that has run.
    const update = () =>
      queueMicrotask(() => setHref(fullAppHref(window.location.href, window.location.href)));
    const unsubscribe = useAppStore.subscribe(update);
    window.addEventListener('popstate', update);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', update);
    };
  }, []);
  return href;
}

/**
 * The embed's slim bar in the header's place: the app's name and the clinic's (a small credit),
 * and "Open full screen": the full app, at the same view, in a new tab.
 */
export default function EmbedBar() {
  const clinic = useAppStore((s) => s.clinic);
  const href = useFullAppHref();
  return (
    <div className="embed-bar">
      <p className="embed-credit">
        <span className="embed-name">{t('embed.appName')}</span>
        {clinic && <span className="embed-clinic">{t('embed.from', { clinic: clinic.name })}</span>}
      </p>
      <a className="embed-full" href={href} target="_blank" rel="noopener">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M14 4h6v6M20 4l-8 8M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
        </svg>
        {t('embed.openFull')}
        <span className="visually-hidden"> {t('embed.newTab')}</span>
      </a>
    </div>
  );
}
