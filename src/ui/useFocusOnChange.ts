import { useEffect, useRef } from 'react';

/**
 * Moves keyboard focus to the returned element whenever `key` changes (not on first render), so a
 * keyboard or screen-reader user lands on the new heading instead of a button that just vanished.
 */
export function useFocusOnChange<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: key is the trigger on purpose.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [key]);
  return ref;
}
