import type { ManifestOptions, VitePWAOptions } from 'vite-plugin-pwa';
export declare function cssColour(name: string, css?: string): string;
export declare function webManifest(): Partial<ManifestOptions>;
export declare const PRECACHE_GLOBS: string[];
export declare const PRECACHE_IGNORES: string[];
export declare const MAX_PRECACHE_BYTES: number;
export declare const IGNORED_QUERY: RegExp[];
export declare function pwaOptions(): Partial<VitePWAOptions>;
export declare function pwaRegisterStandIn(): import('vite').Plugin;
