// Vite plugin: after the client build, render the default view to HTML (React on the server) and
// put it inside <div id="root"> of index.html, so text paints before the scripts load.
import { createServer } from 'vite';

const ROOT_DIV = '<div id="root"></div>';

/**
 * The stylesheets of the app's code (`appEntry`, loaded by the page's entry after the first paint)
 * and of everything it imports statically: linked from the page, so the first paint is already the
 * finished page and nothing moves when the app starts.
 */
function appStylesheets(bundle, appEntry) {
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
  const app = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(appEntry)));
  if (!app) throw new Error(`The build has no chunk for ${appEntry}`);
  const css = new Set();
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
    for (const name of chunk.imports) visit(bundle[name]);
  };
  visit(app);
  return [...css];
}

export function prerender({
  entry = '/src/prerender.tsx',
  appEntry = '/src/main.tsx',
  define = {},
  plugins = [],
} = {}) {
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
        const links = appStylesheets(bundle, appEntry)
          .filter((file) => !html.includes(file))
          .map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`)
          .join('\n    ');
        page.source = html
          .replace('</head>', `  ${links}\n  </head>`)
          .replace(ROOT_DIV, `<div id="root">${await render()}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}
