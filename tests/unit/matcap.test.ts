import { describe, expect, it } from 'vitest';
import { createStudioMatcap } from '../../src/scene/skin/matcap';

/** Brightness (sum of r, g, b) of the texel at (u, v) in 0…1, v up. */
function brightness(data: Uint8Array, size: number, u: number, v: number): number {
  const i = (Math.floor(v * (size - 1)) * size + Math.floor(u * (size - 1))) * 4;
  return (data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0);
}

describe('the studio matcap', () => {
  const size = 64;
  const { texture, scale } = createStudioMatcap(size);
  const data = texture.image.data as Uint8Array;

  it('is made the same way every time', () => {
    expect(createStudioMatcap(size).texture.image.data).toEqual(data);
  });

  it('fills its brightest texel and keeps the scale that undoes it', () => {
    expect(Math.max(...data)).toBe(255);
    expect(scale).toBeGreaterThan(0.5);
    expect(scale).toBeLessThan(2);
  });

  it('is lit from the upper right, and a surface facing the viewer is never dark', () => {
    expect(brightness(data, size, 0.75, 0.75)).toBeGreaterThan(brightness(data, size, 0.25, 0.25));
    // Facing the viewer (the soles seen from below, too): well over half the brightest.
    expect(brightness(data, size, 0.5, 0.5)).toBeGreaterThan(0.6 * 3 * 255);
  });
});
