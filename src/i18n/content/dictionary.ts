// Every French content dictionary (src/i18n/content/fr/*.json), merged. Loaded only for French.
const files = import.meta.glob<Record<string, string>>('./fr/*.json', { eager: true, import: 'default' });

export const FRENCH_CONTENT: Record<string, string> = Object.assign({}, ...Object.values(files));
