import type { ManifestOptions, VitePWAOptions } from 'vite-plugin-pwa';
export declare function cssColour(name: string, css?: string): string;
export declare function webManifest(): Partial<ManifestOptions>;
export declare const PRECACHE_GLOBS: string[];
export declare const PRECACHE_IGNORES: string[];
export declare const MAX_PRECACHE_BYTES: number;
export declare const APP_ADDRESS: RegExp;
export declare const NOT_APP_ADDRESS: RegExp;
export declare function pwaOptions(): Partial<VitePWAOptions>;
