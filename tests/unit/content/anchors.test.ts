import { describe, expect, test } from 'vitest';
import { claimIdProblem } from '../../../src/lib/content/anchors';

describe('claimIdProblem', () => {
  test('accepts lower-case words joined by hyphens', () => {
    expect(claimIdProblem('storage-in-netherlands')).toBeNull();
    expect(claimIdProblem('claim-2025')).toBeNull();
  });

  test.each([
    [undefined, /needs an id/],
    ['', /needs an id/],
    ['Storage', /lower-case words/],
    ['2025-claim', /starting with a letter/],
    ['two--hyphens', /lower-case words/],
    ['sources', /the page uses itself/],
    ['cite-this', /the page uses itself/],
    ['cite-3', /the page uses itself/],
    ['source-guardian-x', /the page uses itself/],
    ['correction-1', /the page uses itself/],
  ])('rejects %s with a reason', (id, reason) => {
    expect(claimIdProblem(id)).toMatch(reason);
  });
});
