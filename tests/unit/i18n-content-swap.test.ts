import { describe, expect, it } from 'vitest';
import { ACUPOINTS, acupunctureFor, MERIDIANS } from '../../src/content/acupuncture';
import { CYCLE_NOTES } from '../../src/cycle/stages';
import { FRENCH_CONTENT } from '../../src/i18n/content/dictionary';
import { localizeInPlace } from '../../src/i18n/content/localize';
import { CONTENT_ROOTS } from '../../src/i18n/content/roots';
import { comparisonFor } from '../../src/scene/needling/comparisonContent';

// The French swap reaches words that sit in shapes it could once not reach (two plain constants, a
// key named "source") and leaves ids alone (the meridian codes).
describe('French swap in place', () => {
  const intro = CYCLE_NOTES.intro;
  const basis = acupunctureFor('carpal-tunnel-syndrome')?.pointSets[0]?.basis.text ?? '';
  localizeInPlace(CONTENT_ROOTS, FRENCH_CONTENT);

  it("swaps the pain cycle's opening line and needle note", () => {
    expect(CYCLE_NOTES.intro).toBe(FRENCH_CONTENT[intro]);
    expect(CYCLE_NOTES.needleHonesty).toMatch(/proposées/);
  });

  it('swaps where each point set comes from', () => {
    expect(FRENCH_CONTENT[basis]).toBeDefined();
    expect(acupunctureFor('carpal-tunnel-syndrome')?.pointSets[0]?.basis.text).toBe(FRENCH_CONTENT[basis]);
  });

  it('keeps the meridian codes as ids, so each point still finds its French meridian', () => {
    const codes = new Set<string>(MERIDIANS.map((m) => m.code));
    for (const point of ACUPOINTS)
      if (point.meridianCode) expect(codes.has(point.meridianCode), point.code).toBe(true);
    const hegu = comparisonFor('carpal-tunnel-syndrome')?.acupoints.find((p) => p.code === 'LI4');
    expect(hegu?.meridian?.name).toBe('Gros Intestin');
    expect(hegu?.name).toBe('Hegu (GI4)');
  });
});
