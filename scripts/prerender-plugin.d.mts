import type { Plugin } from 'vite';
export declare function prerender(options?: {
  entry?: string;
  define?: Record<string, string>;
  plugins?: import('vite').PluginOption[];
}): Plugin;
