import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { i18nMessages } from './scripts/i18n-messages-plugin.mjs';
import { notFoundPage } from './scripts/not-found-plugin.mjs';
import { prerender } from './scripts/prerender-plugin.mjs';
import { pwaOptions, pwaRegisterStandIn } from './scripts/pwa/pwa-options.mjs';
import { hostSecurityFiles } from './scripts/security/host-files-plugin.mjs';

type ModuleGraph = { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null };

/** The modules that `file` imports statically, itself included. */
function staticImports(graph: ModuleGraph, file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) visit(next);
  };
  visit(fileURLToPath(new URL(file, import.meta.url)));
  return seen;
}

/**
 * The app's code: src/main.tsx, which the page's entry (src/boot.ts) starts after the first paint,
 * and all it imports statically (less what the entry itself imports), in one file rather than a
 * dozen small ones shared with the lazy parts: fewer bytes and requests for a phone.
 */
function appCodeGroup() {
  let app: Set<string> | null = null;
  return {
    name: (id: string, graph: ModuleGraph) => {
      if (!app) {
        const page = staticImports(graph, './src/boot.ts');
        app = new Set([...staticImports(graph, './src/main.tsx')].filter((module) => !page.has(module)));
      }
      return app.has(id) ? 'app' : null;
    },
    // Else the entry's own modules, which the app's code also uses, would be pulled in with it.
    includeDependenciesRecursively: false,
  };
}

// `--mode e2e` builds a copy for the browser tests, with a small test hook (window.__imsTest),
// into its own folder so the normal build never carries it.
export default defineConfig(({ mode }) => {
  const define = { __TEST_HOOK__: JSON.stringify(mode === 'e2e') };
  return {
    plugins: [
      react(),
      // UI words, compiled for Lingui at build time (src/i18n/locales).
      i18nMessages(),
      // (Its addresses relative, like the built app's, so the page also works from a sub-folder.)
      prerender({
        define: { ...define, 'import.meta.env.BASE_URL': JSON.stringify('./') },
        plugins: [i18nMessages(), pwaRegisterStandIn()],
      }),
      // 404.html: the app's own page for unknown addresses, for `npm start` and static hosts.
      notFoundPage(),
      // The security headers (a strict CSP) in the files static hosts read: _headers, .htaccess…
      hostSecurityFiles(),
      // Pre-compressed copies for `npm start`'s server; phones on slow networks get brotli.
      compression({
        algorithms: ['gzip', 'brotliCompress'],
        include: /\.(js|css|html|svg|glb|json)$/,
        threshold: 1024,
      }),
      // Offline use and installing: the web app manifest and a service worker that keeps every
      // file of the built app (scripts/pwa/pwa-options.mjs; registered by src/pwa/startPwa.ts).
      VitePWA(pwaOptions()),
    ],
    // Relative base so the built app also works from a sub-folder.
    base: './',
    define,
    build: {
      target: 'es2022',
      outDir: mode === 'e2e' ? 'dist-e2e' : 'dist',
      // Only the lazy 3D chunk (three + R3F) is this big; the first-paint bundle stays small.
      chunkSizeWarningLimit: 1100,
      // The pre-render step is slow by nature (it renders React on the server); no timing report.
      rolldownOptions: {
        checks: { bundlerTimings: false },
        output: { codeSplitting: { groups: [appCodeGroup()] } },
      },
    },
    preview: { host: '127.0.0.1', strictPort: true },
    server: { host: '127.0.0.1' },
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
      testTimeout: 20_000,
    },
  };
});
