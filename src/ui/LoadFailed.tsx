import { Component, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { isChunkLoadError, siteReachable } from './lazyWithRetry';
import './LoadFailed.css';
import { t } from '../i18n/t';

/**
 * Says that part of the page did not arrive over the network, with a Retry button. Shown in place
 * of that part only: the header, the search and the rest of the page keep working.
 */
export function LoadFailed({
  what,
  onRetry,
  checking = false,
  stillOffline = false,
  focusRetry = false,
  children,
}: {
  /** What did not arrive, for the sentence "… did not arrive.", e.g. "The 3D body". */
  what: string;
  onRetry: () => void;
  /** A retry is under way. */
  checking?: boolean;
  /** The last retry found no connection. */
  stillOffline?: boolean;
  /** After a Retry that failed again, keep keyboard focus on the button. */
  focusRetry?: boolean;
  /** Another way on, such as a link back. */
  children?: ReactNode;
}) {
  const retryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRetry) retryRef.current?.focus();
  }, [focusRetry]);
  return (
    <div className="load-failed" role="alert">
      <h2>{t('load.heading')}</h2>
      <p>{stillOffline ? t('load.stillOffline') : t('load.didNotArrive', { what })}</p>
      <div className="load-failed-actions">
        <button
          ref={retryRef}
          type="button"
          className="tool-button load-failed-retry"
          onClick={onRetry}
          aria-disabled={checking}
        >
          {checking ? t('load.checking') : t('load.retry')}
        </button>
        {children}
      </div>
    </div>
  );
}

/** What the fallback of a LoadBoundary is given. */
export interface RetryState {
  retry: () => void;
  checking: boolean;
  stillOffline: boolean;
  /** True after a Retry: the fallback keeps focus on its button. */
  again: boolean;
}

interface LoadBoundaryProps {
  children: ReactNode;
  /** Forgets the failed import, so rendering the children again fetches it anew. */
  retry: () => void;
  /** What to show when the chunk did not load. */
  fallback: (state: RetryState) => ReactNode;
  /** Any other error (not a failed load). Without it, such an error goes on to the boundary above. */
  onOtherError?: (error: unknown) => void;
}

interface LoadBoundaryState {
  error: unknown;
  failed: boolean;
  tries: number;
  checking: boolean;
  stillOffline: boolean;
}

/**
 * An error boundary around lazily loaded parts: a chunk that failed to load shows `fallback`, whose
 * Retry loads it again; other errors are handed to `onOtherError` (or passed up).
 *
 * Retry first checks that the site can be reached (if not, it says so, and nothing else changes),
 * then imports the chunk afresh. If that fails at once while the site answers, the browser is
 * holding on to the failed file (Chromium does, for the life of the page), or a new version of the
 * site replaced it: the page reloads, and comes back showing the same view.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, LoadBoundaryState> {
  state: LoadBoundaryState = { error: null, failed: false, tries: 0, checking: false, stillOffline: false };
  private retriedOnline = false;

  constructor(props: LoadBoundaryProps) {
    super(props);
    // Shown again later (the pain cycle opened a second time, say): give a failed import a new try.
    props.retry();
  }

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  componentDidCatch(error: unknown) {
    if (!isChunkLoadError(error)) this.props.onOtherError?.(error);
    else if (this.retriedOnline) window.location.reload();
  }

  private retry = async () => {
    if (this.state.checking) return;
    this.setState({ checking: true });
    const online = await siteReachable();
    if (!online) {
      this.setState((s) => ({ checking: false, stillOffline: true, tries: s.tries + 1 }));
      return;
    }
    this.retriedOnline = true;
    this.props.retry();
    this.setState((s) => ({
      error: null,
      failed: false,
      checking: false,
      stillOffline: false,
      tries: s.tries + 1,
    }));
  };

  render() {
    const { error, failed, tries, checking, stillOffline } = this.state;
    if (!failed) return this.props.children;
    if (isChunkLoadError(error)) {
      return this.props.fallback({ retry: this.retry, checking, stillOffline, again: tries > 0 });
    }
    if (this.props.onOtherError) return null;
    throw error;
  }
}

/**
 * A lazily loaded part in its own place: "loading" while its chunk is on the way, and if it does
 * not arrive, "Could not load" with Retry there only.
 */
export function LoadPlace({
  what,
  retry,
  loading,
  children,
}: {
  /** What did not arrive, for LoadFailed ("This part of the body"). */
  what: string;
  /** The lazy component's retry (lazyWithRetry). */
  retry: () => void;
  /** Shown while the chunk is on its way. */
  loading: ReactNode;
  children: ReactNode;
}) {
  return (
    <LoadBoundary
      retry={retry}
      fallback={({ retry: again, checking, stillOffline, again: focus }) => (
        <LoadFailed
          what={what}
          onRetry={again}
          checking={checking}
          stillOffline={stillOffline}
          focusRetry={focus}
        />
      )}
    >
      <Suspense fallback={loading}>{children}</Suspense>
    </LoadBoundary>
  );
}
