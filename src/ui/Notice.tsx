import { useLayoutEffect, useRef, useState } from 'react';
import { t } from '../i18n/t';
import { useAppStore } from '../state/store';

/**
 * A friendly, dismissible message for bad links, broken settings and similar hiccups. A long one
 * scrolls inside a capped box (reachable by keyboard), so it never hides its own OK button.
 */
export function Notice() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const textRef = useRef<HTMLParagraphElement>(null);
  const [scrolls, setScrolls] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new message is what to measure.
  useLayoutEffect(() => {
    const text = textRef.current;
    if (!text) return;
    const measure = () => setScrolls(text.scrollHeight > text.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(text);
    return () => observer.disconnect();
  }, [notice]);

  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <p ref={textRef} tabIndex={scrolls ? 0 : undefined}>
        {notice}
      </p>
      <button type="button" className="tool-button" onClick={dismiss}>
        {t('notice.ok')}
      </button>
    </div>
  );
}
