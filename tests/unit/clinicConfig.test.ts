import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clinicProblemNotice, parseClinicConfig } from '../../src/clinic/clinicConfig';

// The clinic's details file (clinic.json): good details are used as given, anything wrong is left
// out with a plain message, and without a name nothing is shown (the app stays neutral).

describe('clinic.json', () => {
  it('reads the example the README documents', () => {
    const parsed = parseClinicConfig(JSON.parse(readFileSync('clinic.example.json', 'utf8')));
    expect(parsed.problems).toEqual([]);
    expect(parsed.details).toEqual({
      name: 'Riverside Physiotherapy',
      practitioner: 'Alex Chen, physiotherapist',
      phone: '+1 604 555 0100',
      address: '12 River Street, Vancouver',
      bookingUrl: 'https://example.com/book',
    });
  });

  it('reads the empty file the build ships as no clinic, with nothing to report', () => {
    expect(parseClinicConfig(JSON.parse(readFileSync('public/clinic.json', 'utf8')))).toEqual({
      details: null,
      problems: [],
    });
    expect(parseClinicConfig({ version: 1 }).problems).toEqual(['"name" is missing.']);
  });

  it('needs a name; only a name is enough', () => {
    expect(parseClinicConfig({ name: '  Riverside   Physio ' })).toEqual({
      details: { name: 'Riverside Physio' },
      problems: [],
    });
    const nameless = parseClinicConfig({ phone: '604 555 0100' });
    expect(nameless.details).toBeNull();
    expect(nameless.problems).toContain('"name" is missing.');
    expect(parseClinicConfig({ name: '' }).details).toBeNull();
  });

  it('leaves out what is wrong and says why', () => {
    const parsed = parseClinicConfig({
      name: 'Riverside',
      phone: 'call us',
      bookingUrl: 'javascript:alert(1)',
      address: 42,
      practitioner: 'x'.repeat(81),
      colour: 'red',
      version: 2,
    });
    expect(parsed.details).toEqual({ name: 'Riverside' });
    expect(parsed.problems).toEqual([
      'Unknown fields left out: colour.',
      '"version" must be 1.',
      '"phone" must be a phone number.',
      '"address" must be text.',
      '"bookingUrl" must be a web address starting with https://.',
      '"practitioner" is longer than 80 characters.',
    ]);
    expect(
      parseClinicConfig({ name: 'A', bookingUrl: 'http://example.com' }).details?.bookingUrl,
    ).toBeUndefined();
  });

  it('is not fooled by a file of the wrong shape', () => {
    for (const json of [null, 'Riverside', 42, [], [{ name: 'A' }]]) {
      const parsed = parseClinicConfig(json);
      expect(parsed.details).toBeNull();
      expect(parsed.problems.length).toBeGreaterThan(0);
    }
  });

  it('says plainly in one notice what was wrong', () => {
    const notice = clinicProblemNotice(['"phone" must be a phone number.', 'a', 'b', 'c']);
    expect(notice).toMatch(/^The clinic details file \(clinic\.json\) has a problem/);
    expect(notice).toMatch(/"phone" must be a phone number\. a And 2 more\.$/);
  });
});
