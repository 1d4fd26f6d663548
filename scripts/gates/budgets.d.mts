export interface Gate {
  name: string;
  value: number;
  limit: number;
  unit?: 'KB';
  atLeast: boolean;
}
export const KB: number;
export const FIRST_PAINT_BROTLI_BUDGET: number;
export const BODY_MODEL_BUDGET: number;
export const LAYER_FILES_BUDGET: number;
export const LAYER_FILES_FOR_BUDGET: string[];
export const GATE_PAGES: { name: string; search: string; minPerformance: number }[];
export const PERFORMANCE_AIM: number;
export function sizeGates(measured: {
  firstPaintBrotli: number;
  bodyModel: number;
  layerFiles: number;
}): Gate[];
export function missedGates(gates: Gate[]): Gate[];
