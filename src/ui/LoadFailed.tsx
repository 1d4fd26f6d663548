import { Component, type ReactNode, useEffect, useRef } from 'react';
import { isChunkLoadError } from './lazyWithRetry';
import './LoadFailed.css';

export const LOAD_FAILED_HEADING = 'Could not load — check your connection';

/**
 * Says that part of the page did not arrive over the network, with a Retry button. Shown in place
 * of that part only: the header, the search and the rest of the page keep working.
 */
export function LoadFailed({
  what,
  onRetry,
  focusRetry = false,
  children,
}: {
  /** What did not arrive, for the sentence "… did not arrive.", e.g. "The 3D body". */
  what: string;
  onRetry: () => void;
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
      <h2>{LOAD_FAILED_HEADING}</h2>
      <p>
        {what} did not arrive. This can happen when the internet connection drops. When you are back online,
        press Retry.
      </p>
      <div className="load-failed-actions">
        <button ref={retryRef} type="button" className="tool-button load-failed-retry" onClick={onRetry}>
          Retry
        </button>
        {children}
      </div>
    </div>
  );
}

interface LoadBoundaryProps {
  children: ReactNode;
  /** Forgets the failed import, so rendering the children again fetches it anew. */
  retry: () => void;
  /** What to show when the chunk did not load; `retry` tries again, `again` is true after a retry. */
  fallback: (retry: () => void, again: boolean) => ReactNode;
  /** Any other error (not a failed load). Without it, such an error goes on to the boundary above. */
  onOtherError?: (error: unknown) => void;
}

/**
 * An error boundary around lazily loaded parts: a chunk that failed to load shows `fallback`, whose
 * Retry loads it again; other errors are handed to `onOtherError` (or passed up).
 */
export class LoadBoundary extends Component<
  LoadBoundaryProps,
  { error: unknown; failed: boolean; tries: number }
> {
  state = { error: null as unknown, failed: false, tries: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  componentDidCatch(error: unknown) {
    if (!isChunkLoadError(error)) this.props.onOtherError?.(error);
  }

  private retry = () => {
    this.props.retry();
    this.setState((s) => ({ error: null, failed: false, tries: s.tries + 1 }));
  };

  render() {
    const { error, failed, tries } = this.state;
    if (!failed) return this.props.children;
    if (isChunkLoadError(error)) return this.props.fallback(this.retry, tries > 0);
    if (this.props.onOtherError) return null;
    throw error;
  }
}
