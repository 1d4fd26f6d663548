import { describe, expect, it } from 'vitest';
import { PRESET_TOLERANCE, presetAt, UPRIGHT, wrapAngle } from '../../src/scene/presetView';

describe('presetAt', () => {
  it.each([
    [0, 'front'],
    [Math.PI, 'back'],
    [-Math.PI, 'back'],
    [Math.PI / 2, 'left'],
    [-Math.PI / 2, 'right'],
    [2 * Math.PI, 'front'],
    [3 * Math.PI, 'back'],
    [-2.5 * Math.PI, 'right'],
    [(8 * Math.PI) / 8, 'back'],
  ] as const)('a level camera at azimuth %f looks from the %s', (azimuth, preset) => {
    expect(presetAt(azimuth, UPRIGHT)).toBe(preset);
  });

  it('eight key steps of an eighth turn each come back to the front', () => {
    let azimuth = 0;
    for (let i = 0; i < 16; i++) azimuth += Math.PI / 8;
    expect(presetAt(azimuth, UPRIGHT)).toBe('front');
    expect(presetAt(azimuth - Math.PI / 8, UPRIGHT)).toBeNull();
  });

  it('is none between presets', () => {
    expect(presetAt(Math.PI / 4, UPRIGHT)).toBeNull();
    expect(presetAt(0.3, UPRIGHT)).toBeNull();
    expect(presetAt(PRESET_TOLERANCE * 2, UPRIGHT)).toBeNull();
    expect(presetAt(PRESET_TOLERANCE / 2, UPRIGHT)).toBe('front');
  });

  it('is none when the camera looks from above or below', () => {
    expect(presetAt(0, UPRIGHT - 0.3)).toBeNull();
    expect(presetAt(Math.PI, UPRIGHT + 0.3)).toBeNull();
    expect(presetAt(Math.PI, UPRIGHT + PRESET_TOLERANCE / 2)).toBe('back');
  });

  it('is none for angles that are not numbers', () => {
    expect(presetAt(Number.NaN, UPRIGHT)).toBeNull();
    expect(presetAt(0, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('wrapAngle', () => {
  it('wraps into (-π, π]', () => {
    expect(wrapAngle(0)).toBe(0);
    expect(wrapAngle(Math.PI)).toBeCloseTo(Math.PI);
    expect(wrapAngle(-Math.PI)).toBeCloseTo(Math.PI);
    expect(wrapAngle((3 * Math.PI) / 2)).toBeCloseTo(-Math.PI / 2);
    expect(wrapAngle(-7)).toBeCloseTo(-7 + 2 * Math.PI);
  });
});
