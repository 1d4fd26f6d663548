import { activeLang } from '../../i18n/t';

// Words built from a level or an id ("the fifth level of the neck", "C5 nerve root") are not in the
// French content dictionaries, which hold whole fixed texts: they are chosen when they are read, so
// they follow the language shown.
export const isFrench = (): boolean => activeLang() === 'fr';
