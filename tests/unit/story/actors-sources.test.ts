import { describe, expect, it } from 'vitest';
import { affiliationChain, directMembers, eventsOfActor } from '../../../src/lib/story/actors';
import { displayTitle, eventsCiting, groupByPublisher } from '../../../src/lib/story/sources';
import { english } from '../../../src/lib/i18n';

const actors = [
  { id: 'unit-8200', memberOf: 'military-intelligence-directorate' },
  { id: 'military-intelligence-directorate', memberOf: 'israel-defense-forces' },
  { id: 'israel-defense-forces', memberOf: 'israel-ministry-of-defense' },
  { id: 'israel-ministry-of-defense' },
  { id: 'loop-a', memberOf: 'loop-b' },
  { id: 'loop-b', memberOf: 'loop-a' },
];
const byId = new Map(actors.map((a) => [a.id, a]));

describe('affiliationChain', () => {
  it('follows memberOf up to the top, nearest first', () => {
    expect(affiliationChain('unit-8200', byId).map((a) => a.id)).toEqual([
      'military-intelligence-directorate',
      'israel-defense-forces',
      'israel-ministry-of-defense',
    ]);
    expect(affiliationChain('israel-ministry-of-defense', byId)).toEqual([]);
  });
  it('stops at a loop instead of running forever', () => {
    expect(affiliationChain('loop-a', byId).map((a) => a.id)).toEqual(['loop-b']);
  });
  it('lists direct members only', () => {
    expect(directMembers('israel-defense-forces', actors).map((a) => a.id)).toEqual([
      'military-intelligence-directorate',
    ]);
  });
});

describe('who appears where', () => {
  const events = [
    { id: 'e1', actors: [{ actor: 'microsoft' }], sources: ['s1', 's2'] },
    { id: 'e2', actors: [{ actor: 'unit-8200' }, { actor: 'microsoft' }], sources: ['s2'] },
  ];
  it('finds the events of an actor and the events citing a source', () => {
    expect(eventsOfActor('unit-8200', events).map((e) => e.id)).toEqual(['e2']);
    expect(eventsOfActor('microsoft', events).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(eventsCiting('s2', events).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(eventsCiting('s3', events)).toEqual([]);
  });
});

describe('sources', () => {
  it('groups by publisher alphabetically, ignoring a leading "The" and punctuation', () => {
    const groups = groupByPublisher(
      [
        { publisher: 'The Guardian', id: 1 },
        { publisher: 'Globes', id: 2 },
        { publisher: '+972 Magazine / Local Call', id: 3 },
        { publisher: 'The Guardian', id: 4 },
        { publisher: 'Access Now', id: 5 },
      ],
      english.format,
    );
    expect(groups.map((g) => [g.publisher, g.items.map((i) => i.id)])).toEqual([
      ['+972 Magazine / Local Call', [3]],
      ['Access Now', [5]],
      ['Globes', [2]],
      ['The Guardian', [1, 4]],
    ]);
  });
  it('puts our descriptions of untitled documents in brackets', () => {
    expect(displayTitle({ title: 'Report on the Irish complaint', titleIsDescription: true })).toBe(
      '[Report on the Irish complaint]',
    );
    expect(
      displayTitle({ title: 'Update on ongoing Microsoft review', titleIsDescription: false }),
    ).toBe('Update on ongoing Microsoft review');
  });
});
