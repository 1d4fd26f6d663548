// Vite plugin: writes the security headers for static hosts (host-files.mjs) beside the built
// site. frame-ancestors come from a clinic.json in public/ (copied into the site) or, failing
// that, in the project's root folder.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeHostFiles } from './host-files.mjs';

export function hostSecurityFiles() {
  let root = process.cwd();
  let outDir = 'dist';
  let publicDir = 'public';
  let isSsrBuild = false;
  return {
    name: 'ims-host-security-files',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(root, config.build.outDir);
      publicDir = config.publicDir || resolve(root, 'public');
      isSsrBuild = Boolean(config.build.ssr);
    },
    closeBundle() {
      if (isSsrBuild) return;
      const clinicDir = existsSync(join(publicDir, 'clinic.json')) ? publicDir : root;
      const { problems } = writeHostFiles(outDir, clinicDir);
      for (const problem of problems) this.warn(`clinic.json: ${problem}`);
    },
  };
}
