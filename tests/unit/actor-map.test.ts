import { describe, expect, it } from 'vitest';
import { busiestActors, connections, layoutActorMap } from '../../src/lib/drawing/actor-map';
import { makeEraSchema } from '../../src/lib/content/schema';

const actors = [
  { id: 'microsoft', name: 'Microsoft' },
  { id: 'unit-8200', name: 'Unit 8200' },
  { id: 'the-guardian', name: 'The Guardian' },
  { id: 'google', name: 'Google' },
  { id: 'nobody', name: 'Nobody' },
];
const events = [
  { id: 'a', actors: ['microsoft', 'unit-8200', 'the-guardian'] },
  { id: 'b', actors: ['unit-8200', 'microsoft'] },
  { id: 'c', actors: ['google'] },
];

describe('connections', () => {
  it('makes one edge per pair of actors sharing events, listing the events', () => {
    expect(connections(actors, events)).toEqual([
      { source: 'microsoft', target: 'the-guardian', events: ['a'] },
      { source: 'microsoft', target: 'unit-8200', events: ['a', 'b'] },
      { source: 'the-guardian', target: 'unit-8200', events: ['a'] },
    ]);
  });
  it('stops on an actor it does not know', () => {
    expect(() => connections(actors, [{ id: 'x', actors: ['ghost'] }])).toThrow(/event "x" names unknown actor "ghost"/);
  });
});

describe('layoutActorMap', () => {
  const map = layoutActorMap(actors, events);
  it('draws every actor with events (and only those), inside the drawing, identically every time', () => {
    expect(map.nodes.map((n) => n.id).sort()).toEqual(['google', 'microsoft', 'the-guardian', 'unit-8200']);
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(map.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(map.height);
    }
    expect(JSON.stringify(layoutActorMap([...actors].reverse(), events))).toBe(JSON.stringify(map));
  });
  it('sizes circles by the number of events', () => {
    const r = new Map(map.nodes.map((n) => [n.id, n.r]));
    expect(r.get('microsoft')!).toBeGreaterThan(r.get('the-guardian')!);
  });
});

describe('era schema', () => {
  const schema = makeEraSchema(() => '2026-11-29');
  it('accepts a named EDTF span with a description', () => {
    const era = schema.parse({ name: 'The review', date: '2025-08-15/2026-06-04', description: 'From the opening to the final update.' });
    expect(era.date.start.first).toBe('2025-08-15');
  });
  it('rejects a date that is not EDTF and an unknown field, saying what is allowed', () => {
    const bad = schema.safeParse({ name: 'X', date: 'summer 2025', description: 'D.' });
    expect(bad.error?.issues[0]?.path).toEqual(['date']);
    expect(bad.error?.issues[0]?.message).toMatch(/"summer 2025" is not a valid EDTF date/);
    const extra = schema.safeParse({ name: 'X', date: '2025', description: 'D.', colour: 'red' });
    expect(extra.error?.issues[0]?.message).toMatch(/Unknown field\(s\): colour. Allowed: name, date, description/);
  });
});

describe('busiestActors (keeps the map and its page bounded)', () => {
  it('keeps the actors in the most events, ties by id, and cuts events to them', () => {
    const kept = busiestActors(actors, events, 2);
    expect(kept.actors.map((a) => a.id)).toEqual(['microsoft', 'unit-8200']);
    expect(kept.events).toEqual([
      { id: 'a', actors: ['microsoft', 'unit-8200'] },
      { id: 'b', actors: ['unit-8200', 'microsoft'] },
      { id: 'c', actors: [] },
    ]);
    expect(kept.present).toBe(4);
  });

  it('leaves a story under the limit as it is', () => {
    const kept = busiestActors(actors, events, 40);
    expect(kept.actors.map((a) => a.id)).toEqual(['microsoft', 'unit-8200', 'the-guardian', 'google']);
    expect(kept.events).toEqual(events);
  });

  it('draws at most the limit however many actors share events', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ id: `a${String(i).padStart(3, '0')}`, name: `Actor ${i}` }));
    const crowded = Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, actors: [many[i]!.id, many[(i * 7 + 1) % 300]!.id, many[(i * 13 + 2) % 300]!.id] }));
    const kept = busiestActors(many, crowded, 40);
    expect(kept.actors).toHaveLength(40);
    expect(layoutActorMap(kept.actors, kept.events).nodes.length).toBeLessThanOrEqual(40);
  });
});
