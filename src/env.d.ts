/// <reference types="vite/client" />

/** True only in the e2e build (vite --mode e2e): installs window.__imsTest. */
declare const __TEST_HOOK__: boolean;
