export declare const PAGE_COLOURS: Record<
  'bg' | 'panel' | 'text' | 'muted' | 'line' | 'accent' | 'focus',
  string
>;
export declare const PAGE_FONT: string;
export declare const ERROR_PAGES: Record<400 | 404 | 431, { title: string; heading: string; text: string }>;
export declare const ERROR_PAGES_FR: Record<400 | 404 | 431, { heading: string; text: string }>;
export declare function homeHref(base?: string): string;
export declare function errorPage(status?: number, home?: string): string;
