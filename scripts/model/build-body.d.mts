// Types for the generator's entry, so TypeScript tests can import it.
export declare const OUTPUT: string;
export declare const LAYERS: readonly { name: string }[];
export declare const SKIN_MATERIAL: {
  name: string;
  color: [number, number, number, number];
  roughness: number;
};
/** Builds the model and returns the GLB bytes (deterministic: same bytes every run). */
export declare function buildBody(opts?: { log?: (msg: string) => void }): Promise<Uint8Array>;
