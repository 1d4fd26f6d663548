/// <reference types="vite/client" />

/** True only in the e2e build (vite --mode e2e): installs window.__imsTest. */
declare const __TEST_HOOK__: boolean;

/** UI messages compiled for Lingui (scripts/i18n-messages-plugin.mjs): `<lang>` or `<lang>/<namespace>`. */
declare module 'virtual:ims-messages/*' {
  import type { Messages } from '@lingui/core';

  const messages: Messages;
  export default messages;
}
