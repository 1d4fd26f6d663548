import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_BROTLI_BUDGET, missedGates, sizeGates } from '../../scripts/gates/budgets.mjs';

describe('performance gates', () => {
  it('pass sizes within budget and miss those over it', () => {
    const within = sizeGates({ firstPaintBrotli: FIRST_PAINT_BROTLI_BUDGET, bodyModel: 1, layerFiles: 1 });
    expect(missedGates(within)).toEqual([]);
    const over = sizeGates({ firstPaintBrotli: FIRST_PAINT_BROTLI_BUDGET + 1, bodyModel: 1, layerFiles: 1 });
    expect(missedGates(over).map((g) => g.name)).toEqual(['Start-up JavaScript (brotli)']);
  });

  it('treat a score as a floor', () => {
    const score = (value: number) => [{ name: 'Lighthouse', value, limit: 97, atLeast: true }];
    expect(missedGates(score(97))).toEqual([]);
    expect(missedGates(score(96))).toHaveLength(1);
  });
});
