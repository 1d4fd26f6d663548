import type { Server } from 'node:http';
export declare const MAX_HEADER_BYTES: number;
export declare function clientErrorReply(error: unknown, headers?: Record<string, string>): string;
export declare function serveDist(dir: string, options: { port: number; host: string }): Promise<Server>;
