import messages from 'virtual:ims-messages/en/consult';
import type ids from '../i18n/locales/en/consult.json';
import { namespace } from '../i18n/t';
import type { PainKind } from './types';

// The consultation's words (presenter bar, pain chart, take-home, second screen): loaded with the
// lazy chunks that show them, never on first paint.
export const t = namespace<keyof typeof ids>(messages);

export const painKindName = (kind: PainKind): string => t(`consult.kind.${kind}`);

/** "a, b and c". */
export const joinAnd = (parts: readonly string[]): string =>
  parts.length <= 1
    ? (parts[0] ?? '')
    : t('consult.and', { rest: parts.slice(0, -1).join(', '), last: parts.at(-1) ?? '' });
