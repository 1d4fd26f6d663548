// Vite plugin: writes 404.html, the app's own page for unknown addresses. Static hosts pick it up
// (Netlify, GitHub Pages) or can be told to (nginx, Apache: see the README); `npm start` sends it too.
import { errorPage, homeHref } from './error-page.mjs';

export function notFoundPage() {
  let home = '/';
  let isSsrBuild = false;
  return {
    name: 'ims-not-found-page',
    apply: 'build',
    configResolved(config) {
      home = homeHref(config.base);
      isSsrBuild = Boolean(config.build.ssr);
    },
    generateBundle() {
      if (isSsrBuild) return;
      this.emitFile({ type: 'asset', fileName: '404.html', source: errorPage(404, home) });
    },
  };
}
