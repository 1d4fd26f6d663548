import { type RefObject, useEffect } from 'react';

// The bars that stick to the top and bottom of the scrolling panel, and the CSS variables that
// hold their heights for `scroll-padding` (see .panel in styles.css).
const BARS = [
  ['--sticky-top', '.panel > .search'],
  ['--sticky-bottom', '.panel > .disclaimer'],
] as const;

/**
 * Keeps the panel's scroll padding equal to its sticky search bar and disclaimer, so an element
 * that takes focus (Tab, a link) is scrolled fully into view, never under them. Their heights
 * change with the screen width, Large text and the search results.
 */
export function useStickyInsets(appRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const app = appRef.current;
    if (!app || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    let frame = 0;
    const measure = () => {
      frame = 0;
      for (const [name, selector] of BARS) {
        const bar = app.querySelector<HTMLElement>(selector);
        const sticky = bar !== null && getComputedStyle(bar).position === 'sticky';
        root.style.setProperty(name, `${sticky ? Math.ceil(bar.getBoundingClientRect().height) : 0}px`);
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const sizes = new ResizeObserver(schedule);
    // The panel comes and goes with the pain cycle: watch whichever bars are there.
    const watch = () => {
      sizes.disconnect();
      for (const [, selector] of BARS) {
        const bar = app.querySelector(selector);
        if (bar) sizes.observe(bar);
      }
      schedule();
    };
    const children = new MutationObserver(watch);
    children.observe(app, { childList: true });
    window.addEventListener('resize', schedule);
    watch();
    return () => {
      cancelAnimationFrame(frame);
      sizes.disconnect();
      children.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, [appRef]);
}
