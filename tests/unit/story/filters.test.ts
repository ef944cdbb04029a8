import { describe, expect, it } from 'vitest';
import {
  entryFromDataset,
  filterQuery,
  matchesFilter,
  parseFilter,
  ignoredFilterParts,
} from '../../../src/lib/story/filters';

const entry = entryFromDataset({
  actors: 'microsoft unit-8200',
  tags: 'review  protest',
  status: 'reported',
  year: '2025',
});

describe('filters', () => {
  it('reads entries from data attributes', () => {
    expect(entry).toEqual({
      actors: ['microsoft', 'unit-8200'],
      tags: ['review', 'protest'],
      status: 'reported',
      year: '2025',
    });
    expect(entryFromDataset({})).toEqual({ actors: [], tags: [], status: '', year: '' });
  });
  it('matches only when every given key matches', () => {
    expect(matchesFilter(entry, {})).toBe(true);
    expect(matchesFilter(entry, { actor: 'microsoft', status: 'reported' })).toBe(true);
    expect(matchesFilter(entry, { actor: 'microsoft', status: 'confirmed' })).toBe(false);
    expect(matchesFilter(entry, { tag: 'protest', year: '2025' })).toBe(true);
    expect(matchesFilter(entry, { year: '2026' })).toBe(false);
    expect(matchesFilter(entry, { actor: 'micro' })).toBe(false);
  });
  it('round-trips through the URL query, keys in a fixed order', () => {
    const filter = { status: 'reported', actor: 'microsoft' };
    expect(filterQuery(filter)).toBe('?actor=microsoft&status=reported');
    expect(parseFilter(filterQuery(filter))).toEqual(filter);
    expect(filterQuery({})).toBe('');
    expect(parseFilter('?actor=&colour=red&year=2025')).toEqual({ year: '2025' });
  });
  it('drops values that are not offered', () => {
    expect(
      parseFilter('status=rumoured&year=2025', { status: ['reported'], year: ['2025'] }),
    ).toEqual({ year: '2025' });
  });
});

describe('ignoredFilterParts', () => {
  it('names what a shared link asks for that the page does not offer, and nothing else', () => {
    const allowed = { actor: ['microsoft'], status: ['confirmed', 'reported'] };
    expect(ignoredFilterParts('?actor=microsfot&status=reported&colour=red', allowed)).toEqual([
      { key: 'actor', value: 'microsfot' },
    ]);
    expect(ignoredFilterParts('?actor=microsoft&status=', allowed)).toEqual([]);
  });
});
