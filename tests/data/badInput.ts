// The bad-input corpus (issue 13): links that are broken in every way we could think of, and saved
// settings that were damaged. Each must give a friendly notice and a working page — checked in the
// unit tests (the parsers) and in the browser (tests/e2e/bad-input.spec.ts).

export interface BadLink {
  what: string;
  /** The search and/or fragment, appended to the app's address. */
  link: string;
}

const longValue = 'x'.repeat(5000);
const manyParts = Array.from({ length: 300 }, (_, i) => `k${i}=v`).join('&');

export const BAD_LINKS: readonly BadLink[] = [
  // Unknown or wrong values
  { what: 'an unknown body area', link: '?region=left-wing' },
  { what: 'an unknown condition', link: '?condition=broken-heart' },
  { what: 'an unknown view', link: '?view=sideways' },
  { what: 'an unknown pain-cycle step', link: '?cycle=step-99' },
  { what: 'an unknown page', link: '?page=secrets' },
  { what: 'an unknown comparison', link: '?condition=tennis-elbow&compare=reiki' },
  { what: 'an unknown muscle', link: '?muscle=biceps-of-doom' },
  { what: 'an unknown bone', link: '?bone=vibranium' },
  { what: 'an unknown nerve', link: '?nerve=optic-fibre' },
  { what: 'an unknown layer', link: '?layers=feathers' },
  { what: 'several unknown layers', link: '?layers=feathers,scales,fur' },
  { what: 'empty layers', link: '?layers=,,,' },
  { what: 'a see-through over 100', link: '?xray=250' },
  { what: 'a see-through with a sign', link: '?xray=-5' },
  { what: 'a see-through in scientific form', link: '?xray=1e2' },
  { what: 'a see-through as a fraction', link: '?xray=0.5' },
  { what: 'an unknown spinal level', link: '?spine=Z9' },
  { what: 'an unknown tour step', link: '?tour=dance' },
  { what: 'an unknown chart word', link: '?chart=closed' },
  { what: 'an unknown language', link: '?lang=klingon' },
  { what: 'an unknown key', link: '?foo=bar' },
  { what: 'a repeated key', link: '?region=knee-left&region=knee-right' },
  { what: 'two parts at once', link: '?muscle=upper-trapezius&bone=c5' },
  { what: 'a known key with no value', link: '?region=' },
  { what: 'a key with no equals sign', link: '?condition' },
  { what: 'upper-case ids', link: '?region=KNEE-LEFT' },
  { what: 'an id with spaces around it', link: '?region=%20knee-left%20' },
  // Badly encoded or hostile text
  { what: 'a broken percent escape', link: '?condition=%E0%A4%A' },
  { what: 'a lone percent sign', link: '?region=%' },
  { what: 'a broken escape in a key', link: '?%E0%A4=1' },
  { what: 'control characters', link: '?view=%00%1Bback' },
  { what: 'hidden direction marks', link: '?region=%E2%80%AEwonk%E2%80%AC%E2%80%8B' },
  { what: 'markup in a value', link: '?condition=%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { what: 'an image tag in a value', link: '?region=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' },
  { what: 'a javascript: value', link: '?page=javascript:alert(1)' },
  { what: 'a path-like value', link: '?region=..%2F..%2Fetc%2Fpasswd' },
  { what: 'a piled accent (Zalgo) value', link: `?condition=a${'%CC%81'.repeat(60)}` },
  { what: 'an emoji value', link: '?region=%F0%9F%A6%B4%F0%9F%92%A5' },
  { what: 'a right-to-left value', link: '?condition=%D7%A9%D7%9C%D7%95%D7%9D' },
  { what: 'a very long value', link: `?condition=${longValue}` },
  { what: '300 unknown parts', link: `?${manyParts}` },
  { what: 'a JSON value', link: '?region=%7B%22a%22%3A1%7D' },
  { what: 'a prototype-looking key', link: '?__proto__=x&constructor=y' },
  { what: 'doubled question marks', link: '??region=knee-left' },
  { what: 'a good part and a bad part', link: '?region=wrist-right&view=upside-down' },
  // Take-home visit links (in the fragment)
  { what: 'a visit link with garbage', link: '#visit=1&c=@@@&s=!!!&m=???' },
  { what: 'a visit link from a newer version', link: '#visit=99&c=sciatica' },
  { what: 'a visit link with unknown conditions', link: '#visit=1&c=broken-heart,moon-pain' },
  { what: 'a visit link cut short', link: '#visit=1&c=sciatica&s=' },
  { what: 'a visit link with a broken pain chart', link: '#visit=1&m=zz_yy_xx' },
  { what: 'a visit link with a bad camera', link: '#visit=1&c=sciatica&cam=nan,nan,nan' },
  { what: 'a visit link with a wrong check', link: '#visit=1&c=sciatica&k=0000' },
  { what: 'a visit link with broken escapes', link: '#visit=1&c=%E0%A4%A' },
  { what: 'a bad search and a bad visit together', link: '?region=left-wing#visit=1&c=@@@' },
];

export interface CorruptSetting {
  what: string;
  storage: 'localStorage' | 'sessionStorage';
  key: string;
  value: string;
}

const PREFERENCES = 'ims-explorer:preferences';
const CHART = 'ims-explorer-chart';

export const CORRUPT_SETTINGS: readonly CorruptSetting[] = [
  { what: 'settings that are not JSON', storage: 'localStorage', key: PREFERENCES, value: '{oops' },
  { what: 'settings that are a number', storage: 'localStorage', key: PREFERENCES, value: '42' },
  { what: 'settings that are null', storage: 'localStorage', key: PREFERENCES, value: 'null' },
  {
    what: 'settings with a wrong type',
    storage: 'localStorage',
    key: PREFERENCES,
    value: '{"state":{"largeText":"yes"},"version":1}',
  },
  { what: 'settings with no state', storage: 'localStorage', key: PREFERENCES, value: '{"version":1}' },
  { what: 'settings that are an array', storage: 'localStorage', key: PREFERENCES, value: '[1,2,3]' },
  { what: 'a chart that is not JSON', storage: 'sessionStorage', key: CHART, value: '<<<' },
  {
    what: 'a chart from another version',
    storage: 'sessionStorage',
    key: CHART,
    value: '{"v":9,"marks":[]}',
  },
  {
    what: 'a chart with a mark on an unknown area',
    storage: 'sessionStorage',
    key: CHART,
    value: '{"v":1,"marks":[{"id":1,"region":"left-wing","point":null,"kind":"sharp","intensity":5}]}',
  },
  {
    what: 'a chart with an impossible intensity',
    storage: 'sessionStorage',
    key: CHART,
    value: '{"v":1,"marks":[{"id":1,"region":"knee-left","point":null,"kind":"sharp","intensity":99}]}',
  },
  {
    what: 'a chart with a point far off the body',
    storage: 'sessionStorage',
    key: CHART,
    value: '{"v":1,"marks":[{"id":1,"region":"knee-left","point":[1e9,0,0],"kind":"sharp","intensity":5}]}',
  },
  {
    what: 'a chart with too many marks',
    storage: 'sessionStorage',
    key: CHART,
    value: `{"v":1,"marks":[${Array.from({ length: 100 }, (_, i) => `{"id":${i + 1},"region":"knee-left","point":null,"kind":"sharp","intensity":5}`).join(',')}]}`,
  },
];
