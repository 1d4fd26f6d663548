import { useAppStore } from '../state/store';

/** Reads changes aloud to screen-reader users; visually hidden. */
export function LiveAnnouncer() {
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );
}
