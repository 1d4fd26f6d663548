export declare const MAX_EMBED_ORIGINS: number;
export declare function embedOrigin(text: unknown): string | null;
export declare function readEmbedOrigins(value: unknown): { origins: string[]; problems: string[] };
