import type { ReactNode } from 'react';
import { LoadBoundary, LoadFailed } from './LoadFailed';

/**
 * Around a lazily loaded 3D scene. If its code did not arrive, say so over the picture's place and
 * offer Retry; if the 3D itself fails (no WebGL), report it with `onError` and drop the picture.
 * Either way the words and controls keep working.
 */
export function SceneBoundary({
  children,
  onError,
  retry,
  what,
}: {
  children: ReactNode;
  onError: () => void;
  retry: () => void;
  /** What did not arrive, e.g. "The 3D body". */
  what: string;
}) {
  return (
    <LoadBoundary
      retry={retry}
      onOtherError={onError}
      fallback={({ retry: tryAgain, checking, stillOffline, again }) => (
        <div className="stage-overlay">
          <LoadFailed
            what={what}
            onRetry={tryAgain}
            checking={checking}
            stillOffline={stillOffline}
            focusRetry={again}
          />
        </div>
      )}
    >
      {children}
    </LoadBoundary>
  );
}
