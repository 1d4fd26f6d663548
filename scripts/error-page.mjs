// The app's own page for an address that leads nowhere (404) or one too long to read (431).
// One self-contained HTML file: no scripts, no other files, the app's colours and fonts inline,
// so it looks right at any depth of path and on any static host. The build writes it as 404.html
// (see not-found-plugin.mjs); scripts/serve.mjs sends it for unknown paths and long addresses.

/** The app's colours (src/styles.css, :root); a unit test keeps the two the same. */
export const PAGE_COLOURS = {
  bg: '#f4f1ec',
  panel: '#ffffff',
  text: '#1c2630',
  muted: '#4a5561',
  line: '#d9d3ca',
  accent: '#0e6a78',
  focus: '#1d4ed8',
};
export const PAGE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const ERROR_PAGES = {
  404: {
    title: 'Page not found',
    heading: "We can't find that page",
    text: 'The address may be mistyped, or the page may have moved. Everything in IMS Explorer starts from one page: the 3D body, the conditions and the pain cycle.',
  },
  431: {
    title: 'Address too long',
    heading: 'That address is too long',
    text: 'Your browser sent more than this page can read. The link may have been copied twice, or changed by another program. Start again from the beginning.',
  },
  400: {
    title: 'Bad request',
    heading: "We can't read that address",
    text: 'The link may be broken. Start again from the beginning.',
  },
};

/** The same pages in French, shown under the English (a static page cannot know the visitor's language). */
export const ERROR_PAGES_FR = {
  404: {
    heading: 'Nous ne trouvons pas cette page',
    text: "L'adresse est peut-être mal tapée, ou la page a changé de place. Tout l'Explorateur IMS part d'une seule page : le corps en 3D, les problèmes et le cycle de la douleur.",
  },
  431: {
    heading: 'Cette adresse est trop longue',
    text: 'Votre navigateur a envoyé plus que cette page ne peut lire. Le lien a peut-être été copié deux fois, ou changé par un autre programme. Repartez du début.',
  },
  400: {
    heading: 'Nous ne pouvons pas lire cette adresse',
    text: 'Le lien est peut-être brisé. Repartez du début.',
  },
};

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** Where "the start" is: the site's root, or `base` when the app is built for a fixed sub-path. */
export function homeHref(base = '/') {
  return typeof base === 'string' && base.startsWith('/') ? base : '/';
}

/** The whole page for this status (404, 431 or 400), linking back to `home`. */
export function errorPage(status = 404, home = '/') {
  const page = ERROR_PAGES[status] ?? ERROR_PAGES[404];
  const fr = ERROR_PAGES_FR[status] ?? ERROR_PAGES_FR[404];
  const c = PAGE_COLOURS;
  const icon =
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='14' fill='%230e6a78'/%3E%3C/svg%3E";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="theme-color" content="${c.bg}">
<link rel="icon" href="${icon}">
<title>${escapeHtml(page.title)} — IMS Explorer</title>
<style>
:root { font-family: ${PAGE_FONT}; font-size: 100%; line-height: 1.55; color: ${c.text}; background: ${c.bg}; -webkit-text-size-adjust: 100%; }
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; }
body { min-height: 100vh; min-height: 100dvh; display: flex; flex-direction: column; }
:focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; }
header { display: flex; align-items: baseline; flex-wrap: wrap; gap: 0.25rem 0.75rem; padding: 0.6rem 1rem; min-height: 3.5rem; border-bottom: 1px solid ${c.line}; background: ${c.panel}; }
.brand { font-weight: 700; font-size: 1.25rem; color: ${c.accent}; text-decoration: none; padding: 0.4rem 0; }
.tagline { color: ${c.muted}; }
main { flex: 1; display: grid; place-items: center; padding: 2rem 1rem; background: radial-gradient(ellipse at 50% 40%, #fbf9f6 0%, #ece6de 100%); }
.card { max-width: 32rem; width: 100%; padding: 1.5rem; background: ${c.panel}; border: 1px solid ${c.line}; border-radius: 12px; box-shadow: 0 6px 18px rgba(0, 0, 0, 0.08); overflow-wrap: break-word; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: 0.25rem 0 0.75rem; }
p { margin: 0 0 1rem; }
.status { margin: 0; color: ${c.muted}; font-size: 0.9rem; }
.home { display: inline-flex; align-items: center; min-height: 44px; padding: 0.4rem 1.1rem; border-radius: 999px; background: ${c.accent}; color: #fff; font-weight: 600; text-decoration: none; }
.home:hover { text-decoration: underline; }
.fr { margin-top: 1.5rem; padding-top: 1rem; border-top: 1px solid ${c.line}; }
h2 { font-size: 1.25rem; line-height: 1.25; margin: 0 0 0.5rem; }
</style>
</head>
<body>
<header><a class="brand" href="${escapeHtml(home)}">IMS Explorer</a><span class="tagline">Intramuscular Stimulation (IMS), explained in 3D</span></header>
<main>
<div class="card">
<p class="status">Error ${status}</p>
<h1>${escapeHtml(page.heading)}</h1>
<p>${escapeHtml(page.text)}</p>
<a class="home" href="${escapeHtml(home)}">Go to the start page</a>
<div class="fr" lang="fr">
<h2>${escapeHtml(fr.heading)}</h2>
<p>${escapeHtml(fr.text)}</p>
<a class="home" href="${escapeHtml(home)}?lang=fr">Aller à l'accueil</a>
</div>
</div>
</main>
</body>
</html>
`;
}
