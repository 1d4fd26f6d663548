// The budgets the gates hold the build to (from the explorer issue and issue 13).

export const KB = 1024;
export const FIRST_PAINT_BROTLI_BUDGET = 100 * KB;
export const BODY_MODEL_BUDGET = 400 * KB;
export const LAYER_FILES_BUDGET = 1.5 * 1024 * KB;
/** The files fetched when the layers beneath the skin are first shown. */
export const LAYER_FILES_FOR_BUDGET = ['muscles.glb', 'skeleton.glb', 'nerves.glb', 'referral.json'];
/**
 * Lighthouse audits these: accessibility and best practices 100, and performance at least 95 on
 * both pages (the explorer's budget was 90). Issue 13's aim, 97, is reached on this machine (98–100)
 * and reported beside the gates; the gate keeps a little room for a slower CI machine, so a real
 * slide shows without a point of noise turning CI red.
 */
export const GATE_PAGES = [
  { name: 'start page', search: '', minPerformance: 95 },
  { name: 'condition link', search: '?condition=tennis-elbow', minPerformance: 95 },
];
/** Issue 13's aim for both pages, reported beside the gates. */
export const PERFORMANCE_AIM = 97;

/** The size gates for measured bytes: { name, value, limit, unit, atLeast }. */
export function sizeGates({ firstPaintBrotli, bodyModel, layerFiles }) {
  return [
    {
      name: 'Start-up JavaScript (brotli)',
      value: firstPaintBrotli,
      limit: FIRST_PAINT_BROTLI_BUDGET,
      unit: 'KB',
    },
    { name: 'Body model body.glb', value: bodyModel, limit: BODY_MODEL_BUDGET, unit: 'KB' },
    {
      name: 'Layer files (muscles, skeleton, nerves, pain zones)',
      value: layerFiles,
      limit: LAYER_FILES_BUDGET,
      unit: 'KB',
    },
  ].map((gate) => ({ ...gate, atLeast: false }));
}

export function missedGates(gates) {
  return gates.filter((g) => (g.atLeast ? g.value < g.limit : g.value > g.limit));
}
