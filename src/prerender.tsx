import { renderToString } from 'react-dom/server';
import { App } from './App';

/**
 * The default view as HTML, written into index.html at build time so the words paint before any
 * JavaScript runs; main.tsx then hydrates it.
 */
export function render(): string {
  return renderToString(<App />);
}
