import { describe, expect, it } from 'vitest';
import { atLeastOnePage, pageEntries } from '../../../src/lib/story/paging';

describe('paging a list whose page must exist', () => {
  it('pages a placeholder for an empty list, and reads it back as no entries', () => {
    expect(atLeastOnePage([])).toEqual([undefined]);
    expect(pageEntries({ data: atLeastOnePage<string>([]), total: 1 })).toEqual({
      entries: [],
      total: 0,
    });
  });
  it('leaves a list with entries as it is', () => {
    expect(atLeastOnePage(['a', 'b'])).toEqual(['a', 'b']);
    expect(pageEntries({ data: ['a', 'b'], total: 250 })).toEqual({
      entries: ['a', 'b'],
      total: 250,
    });
  });
});
