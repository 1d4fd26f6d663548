// Vite plugin: after the client build, render the default view to HTML (React on the server) and
// put it inside <div id="root"> of index.html, so text paints before the scripts load.
import { createServer } from 'vite';

const ROOT_DIV = '<div id="root"></div>';

export function prerender({ entry = '/src/prerender.tsx', define = {}, plugins = [] } = {}) {
  let root = process.cwd();
  let isSsrBuild = false;
  return {
    name: 'ims-prerender',
    apply: 'build',
    // After Vite's own HTML plugin has written index.html into the bundle.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      isSsrBuild = Boolean(config.build.ssr);
    },
    async generateBundle(_options, bundle) {
      if (isSsrBuild) return;
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        define,
        // Plugins the rendered modules need (virtual modules such as the UI words).
        plugins,
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      });
      try {
        const { render } = await server.ssrLoadModule(entry);
        const html = String(page.source);
        if (!html.includes(ROOT_DIV)) throw new Error(`index.html has no ${ROOT_DIV} to fill`);
        page.source = html.replace(ROOT_DIV, `<div id="root">${await render()}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}
