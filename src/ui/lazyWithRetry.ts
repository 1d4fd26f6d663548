import { type ComponentType, createElement, type FunctionComponent, lazy, useEffect, useState } from 'react';

/**
 * A lazy chunk that could not be fetched (the network dropped, the server went away, a new
 * release replaced the file). Told apart from errors thrown while the loaded code runs, such as a
 * browser that cannot draw 3D.
 */
export class ChunkLoadError extends Error {
  override name = 'ChunkLoadError';
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

export function isChunkLoadError(error: unknown): error is ChunkLoadError {
  return error instanceof ChunkLoadError;
}

/** A lazily loaded component that can try its import again after a failure. */
export type RetryableLazy<P extends object> = FunctionComponent<P> & {
  /** Forget a failed import: the next render fetches the chunk again. */
  retry: () => void;
  /**
   * Fetch the chunk now; settles when it has arrived (or failed). Rendered after that, the
   * component shows at once instead of suspending: a Suspense boundary that shows its fallback
   * holds the content back when it arrives (React reveals at most every 300 ms).
   */
  preload: () => Promise<void>;
};

/**
 * Whether the site answers at all: a request for this page that skips the cache. Tells "still
 * offline" from "online again" before a retry.
 */
export async function siteReachable(timeoutMs = 8000): Promise<boolean> {
  try {
    await fetch(window.location.href, {
      method: 'HEAD',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Like React.lazy, but a failed import can be retried. React.lazy keeps a rejected import for
 * good, so each retry makes a fresh lazy component; a successful load is kept as usual. Import
 * failures are reported as ChunkLoadError, so an error boundary can offer "Retry" for them only.
 *
 * Some browsers (Chromium among them) also remember a failed module fetch for the life of the page,
 * so a fresh import of the same file fails again at once; LoadBoundary then reloads the page, which
 * keeps the view (the address holds it).
 */
export function lazyWithRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): RetryableLazy<P> {
  let failed = false;
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const fetchOnce = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        failed = true;
        throw new ChunkLoadError(error);
      },
    );
    return loading;
  };
  let Current = lazy(fetchOnce);
  const Retryable = ((props: P) => createElement(loaded ?? Current, props)) as RetryableLazy<P>;
  Retryable.retry = () => {
    // A chunk that loaded (or is still loading) is kept.
    if (!failed) return;
    failed = false;
    loading = null;
    Current = lazy(fetchOnce);
  };
  Retryable.preload = () =>
    fetchOnce().then(
      () => undefined,
      () => undefined,
    );
  return Retryable;
}

/**
 * Whether `part` may be rendered: once `wanted`, its chunk is fetched and this turns true when it
 * has arrived (or failed, so the render reports the failure to its LoadBoundary).
 */
export function usePreloaded<P extends object>(part: RetryableLazy<P>, wanted: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    void part.preload().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [part, wanted, ready]);
  return ready;
}
