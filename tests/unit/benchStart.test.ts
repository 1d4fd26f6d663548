import { describe, expect, it } from 'vitest';
import { POSTER_TARGET, startRows, TOUCH_TARGET } from '../../scripts/bench/start.mjs';

// The start figures of `npm run bench` (scripts/bench/start.mjs): ratios to the bare page's first
// frame, judged as printed, and any layer file fetched before anyone asked for it.
const figures = (poster: number, touch: number, layerFilesFetched: string[] = []) => ({
  bareFirstDrawnMs: 1000,
  posterPaintMs: poster,
  bodyDrawnOnTouchMs: touch,
  gpuDoneMs: { app: touch + 100, bare: 1050 },
  ratio: { posterPaint: poster / 1000, bodyDrawnOnTouch: touch / 1000, gpuDone: (touch + 100) / 1050 },
  layerFilesFetched,
});

describe('bench start rows', () => {
  it('holds the picture to 0.6x and the 3D with a pointer on it to 1.0x the bare first frame', () => {
    expect([POSTER_TARGET, TOUCH_TARGET]).toEqual([0.6, 1.0]);
    const rows = startRows(figures(604, 1004));
    expect(rows.map((r) => r[3])).toEqual([true, true, null, true]);
    expect(rows[0]?.[1]).toBe('604 ms / 1000 ms / 0.60×');
    expect(startRows(figures(606, 1006)).map((r) => r[3])).toEqual([false, false, null, true]);
  });

  it('shows, unjudged, when the GPU of each page had finished its first frame', () => {
    const rows = startRows(figures(500, 2000));
    expect(rows[2]?.[1]).toBe('2100 ms / 1050 ms / 2.00×');
    expect(rows[2]?.[3]).toBeNull();
  });

  it('fails when a layer file was fetched at start', () => {
    const rows = startRows(figures(500, 900, ['/models/muscles.glb']));
    expect(rows[3]?.[1]).toBe('/models/muscles.glb');
    expect(rows[3]?.[3]).toBe(false);
  });
});
