import { i18n } from '@lingui/core';
import type ids from '../i18n/locales/en/consult.json';
import type entryIds from '../i18n/locales/en/consultEntry.json';
import type { MessageValues } from '../i18n/t';

// The consultation's words for the modules the e2e tests also import in Node, where the build's
// virtual message modules do not exist. The messages are loaded elsewhere: "consult" by ./words
// (imported by every chunk that uses these modules), "consultEntry" by ./entryWords (first paint).
export const say = (id: keyof typeof ids | keyof typeof entryIds, values?: MessageValues): string =>
  i18n._(id, values);
