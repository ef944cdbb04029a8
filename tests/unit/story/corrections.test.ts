import { describe, expect, test } from 'vitest';
import { correctionId, correctionsNewestFirst } from '../../../src/lib/story/corrections';

describe('correctionsNewestFirst', () => {
  test('lists every correction of every event, newest first, numbered within its event', () => {
    const events = [
      {
        id: 'a',
        corrections: [
          { date: '2026-01-02', text: 'a1' },
          { date: '2026-03-01', text: 'a2' },
        ],
      },
      { id: 'b', corrections: [{ date: '2026-02-01', text: 'b1' }] },
      { id: 'c', corrections: [] },
    ];
    expect(
      correctionsNewestFirst(events).map((c) => [c.event.id, c.number, c.date, c.text]),
    ).toEqual([
      ['a', 2, '2026-03-01', 'a2'],
      ['b', 1, '2026-02-01', 'b1'],
      ['a', 1, '2026-01-02', 'a1'],
    ]);
  });

  test('on the same day orders by event id, then the later correction first', () => {
    const events = [
      { id: 'z', corrections: [{ date: '2026-01-01', text: 'z1' }] },
      {
        id: 'm',
        corrections: [
          { date: '2026-01-01', text: 'm1' },
          { date: '2026-01-01', text: 'm2' },
        ],
      },
    ];
    expect(correctionsNewestFirst(events).map((c) => c.text)).toEqual(['m2', 'm1', 'z1']);
  });

  test('is empty when no event has been corrected', () => {
    expect(correctionsNewestFirst([{ id: 'a', corrections: [] }])).toEqual([]);
  });

  test('anchors read correction-<n>', () => {
    expect(correctionId(2)).toBe('correction-2');
  });
});
