import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root));

describe('the stand-in picture of the body', () => {
  it('was made from the current model (run `npm run poster` after `npm run model`)', () => {
    const { modelSha256 } = JSON.parse(read('public/models/body-poster.json').toString('utf8'));
    const current = createHash('sha256').update(read('public/models/body.glb')).digest('hex');
    expect(modelSha256).toBe(current);
  });

  it('is a small WebP, so it paints with the words on a slow phone', () => {
    const file = read('public/models/body-poster.webp');
    expect(file.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(file.subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(statSync(new URL('public/models/body-poster.webp', root)).size).toBeLessThan(60 * 1024);
  });
});
