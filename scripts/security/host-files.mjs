// The security headers (headers.mjs) written in the forms common static hosts read. The build
// puts them beside the site (host-files-plugin.mjs); `npm run headers -- <folder>` writes them
// again after a clinic.json was put in that folder. See the README, "Hosting: security headers".
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readFrameAncestors, securityHeaders } from './headers.mjs';

const NOTE = 'Security headers for IMS Explorer, written by the build (scripts/security/host-files.mjs).';

/** The files, path (in the built folder) → text. */
export function hostFiles(headers) {
  const entries = Object.entries(headers);
  const quoted = (value) => value.replaceAll('"', '\\"');
  return {
    // Netlify and Cloudflare Pages read `_headers` from the published folder.
    _headers: `# ${NOTE}\n/*\n${entries.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`,
    // Apache (with mod_headers, and AllowOverride letting .htaccess set headers).
    '.htaccess': `# ${NOTE}\n<IfModule mod_headers.c>\n${entries
      .map(([name, value]) => `  Header always set ${name} "${quoted(value)}"`)
      .join('\n')}\n</IfModule>\nErrorDocument 404 /404.html\n`,
    // nginx: include this file in the site's `server { … }` block.
    'hosting/nginx-headers.conf': `# ${NOTE}\n# In your server { } block: include /path/to/nginx-headers.conf;\n${entries
      .map(([name, value]) => `add_header ${name} "${quoted(value)}" always;`)
      .join('\n')}\nerror_page 404 /404.html;\n`,
    // Vercel reads vercel.json from the project it deploys: copy this one there.
    'hosting/vercel.json': `${JSON.stringify(
      { headers: [{ source: '/(.*)', headers: entries.map(([key, value]) => ({ key, value })) }] },
      null,
      2,
    )}\n`,
  };
}

/**
 * Writes the host files into `dir`, with frame-ancestors from `dir`/clinic.json (or the
 * `clinicDir`'s, when given). Returns the origins used and any problems with the file.
 */
export function writeHostFiles(dir, clinicDir = dir) {
  const { origins, problems } = readFrameAncestors(clinicDir);
  for (const [path, text] of Object.entries(hostFiles(securityHeaders({ frameAncestors: origins })))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { origins, problems };
}
