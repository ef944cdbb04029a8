import { describe, expect, it } from 'vitest';
import { isolate, readingArrows } from '../../../src/lib/i18n';

describe('readingArrows', () => {
  it('points back to where a line starts: left in English, right in Arabic and Hebrew', () => {
    expect(readingArrows('ltr')).toEqual({ back: '←', forward: '→' });
    expect(readingArrows('rtl')).toEqual({ back: '→', forward: '←' });
  });
});

describe('isolate', () => {
  it('wraps an address in LRI…PDI and a name in FSI…PDI on a right-to-left page only', () => {
    expect(isolate('https://example.org/a', 'rtl', 'ltr')).toBe(
      '\u2066https://example.org/a\u2069',
    );
    expect(isolate('Unit 8200', 'rtl', 'auto')).toBe('\u2068Unit 8200\u2069');
    expect(isolate('https://example.org/a', 'ltr', 'ltr')).toBe('https://example.org/a');
  });
});
