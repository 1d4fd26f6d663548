import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './App';

/**
 * The default view as HTML, written into index.html at build time so the words paint before any
 * JavaScript runs; main.tsx then hydrates it. A first pass waits for the lazy parts (the source
 * list) to load; the second renders them in place, as plain HTML with no inline scripts (the
 * Content-Security-Policy allows none).
 */
export async function render(): Promise<string> {
  const { prelude } = await prerenderToNodeStream(<App />);
  for await (const _ of prelude) {
    // Read to the end: the lazy parts have loaded once it is done.
  }
  return renderToString(<App />);
}
