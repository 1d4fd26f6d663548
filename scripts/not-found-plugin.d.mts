import type { Plugin } from 'vite';
export declare function notFoundPage(): Plugin;
