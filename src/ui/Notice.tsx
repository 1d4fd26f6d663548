import { useAppStore } from '../state/store';

/** A friendly, dismissible message for bad links, broken settings and similar hiccups. */
export function Notice() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <p>{notice}</p>
      <button type="button" className="tool-button" onClick={dismiss}>
        OK
      </button>
    </div>
  );
}
