export interface HeaderOptions {
  frameAncestors?: readonly string[];
}
export declare function errorPageStyleHash(): string;
export declare function cspDirectives(options?: HeaderOptions): Record<string, string[]>;
export declare function contentSecurityPolicy(options?: HeaderOptions): string;
export declare function securityHeaders(options?: HeaderOptions): Record<string, string>;
export declare function readFrameAncestors(dir: string): { origins: string[]; problems: string[] };
