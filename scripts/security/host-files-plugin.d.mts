import type { Plugin } from 'vite';
export declare function hostSecurityFiles(): Plugin;
