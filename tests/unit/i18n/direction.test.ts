import { describe, expect, it } from 'vitest';
import { readingArrows } from '../../../src/lib/i18n';

describe('readingArrows', () => {
  it('points back to where a line starts: left in English, right in Arabic and Hebrew', () => {
    expect(readingArrows('ltr')).toEqual({ back: '←', forward: '→' });
    expect(readingArrows('rtl')).toEqual({ back: '→', forward: '←' });
  });
});
