import { i18n } from '@lingui/core';
import type ids from '../i18n/locales/en/consult.json';
import type { MessageValues } from '../i18n/t';

// The consultation's words for the pure modules the e2e tests also import in Node, where the
// build's virtual message modules do not exist: the messages are loaded by ./words, which every
// chunk that uses these modules imports.
export const say = (id: keyof typeof ids, values?: MessageValues): string => i18n._(id, values);
