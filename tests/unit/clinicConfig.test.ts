import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AA_CONTRAST,
  colourProperties,
  contrastRatio,
  DEFAULT_COLOURS,
  normalHex,
  readClinicColours,
} from '../../src/clinic/clinicColours';
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
      colours: { accent: '#1f5f8b', background: '#eef3f6' },
    });
    // The example's colours pass the contrast checks, and its site is a proper origin.
    expect(readClinicColours(parsed.details?.colours).problems).toEqual([]);
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

  it('keeps the embed fields: colours for the app (checked later), embedOrigins for the server', () => {
    const parsed = parseClinicConfig({
      name: 'Riverside',
      colours: { accent: '#1f5f8b' },
      embedOrigins: ['https://clinic.example'],
    });
    expect(parsed).toEqual({ details: { name: 'Riverside', colours: { accent: '#1f5f8b' } }, problems: [] });
    const wrong = parseClinicConfig({
      name: 'Riverside',
      colours: 'blue',
      embedOrigins: 'https://clinic.example',
    });
    expect(wrong.details).toEqual({ name: 'Riverside' });
    expect(wrong.problems).toEqual([
      '"colours" must be a set of colours, like { "accent": "#0e6a78" }.',
      '"embedOrigins" must be a list of web sites, like ["https://clinic.example"].',
    ]);
  });
});

describe("the clinic's colours for the embed", () => {
  it('works out WCAG contrast the standard way', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The app's own accent on white: AA with room to spare.
    expect(contrastRatio(DEFAULT_COLOURS.accent, '#ffffff')).toBeGreaterThan(AA_CONTRAST);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(normalHex(' #ABC ')).toBe('#aabbcc');
    for (const bad of ['red', '#abcd', 'rgb(0,0,0)', '#12345g', 42]) expect(normalHex(bad)).toBeNull();
  });

  it('takes readable colours, and leaves out the ones words would be hard to read on', () => {
    expect(readClinicColours({ accent: '#1F5F8B', panel: '#fffdf8', background: '#e9eef2' })).toEqual({
      colours: { accent: '#1f5f8b', panel: '#fffdf8', background: '#e9eef2' },
      problems: [],
    });
    const bad = readClinicColours({
      accent: '#ffcc00',
      panel: '#333333',
      background: 'blue',
      shadow: '#000',
    });
    expect(bad.colours).toEqual({});
    expect(bad.problems).toEqual([
      'Unknown colours left out: shadow.',
      '"colours.panel" (#333333) would make the text on the panel hard to read (contrast 1.2 to 1, needs 4.5 to 1), so the usual colour is used.',
      '"colours.background" must be a colour like "#0e6a78".',
      '"colours.accent" (#ffcc00) would make links on the panel hard to read (contrast 1.5 to 1, needs 4.5 to 1), so the usual colour is used.',
    ]);
    // An accent readable on white but not on the clinic's tinted panel is checked against that panel.
    const onTint = readClinicColours({ panel: '#e0e6ea', accent: '#3f7f8f' });
    expect(onTint.colours).toEqual({ panel: '#e0e6ea' });
    expect(onTint.problems[0]).toMatch(
      /"colours.accent" \(#3f7f8f\) would make links on the panel hard to read/,
    );
    expect(contrastRatio('#3f7f8f', '#ffffff')).toBeGreaterThanOrEqual(AA_CONTRAST);
    // Dark enough for links on white, but white words on it would be hard to read.
    expect(readClinicColours({ accent: '#4a8a99' }).problems[0]).toMatch(/links on the panel|white words/);
    expect(readClinicColours(['#000']).problems[0]).toMatch(/must be a set of colours/);
  });

  it('sets the custom properties the styles use, with a soft tint of the accent', () => {
    expect(colourProperties({ accent: '#1f5f8b', background: '#eef3f6' })).toEqual({
      '--accent': '#1f5f8b',
      '--accent-soft': '#e4ecf1',
      '--bg': '#eef3f6',
    });
    expect(colourProperties({})).toEqual({});
  });
});
