import { describe, expect, it } from 'vitest';
import { busiestActors, connections, layoutActorMap } from '../../../src/lib/drawing/actor-map';
import { readActors, readEvents } from '../../e2e/content';

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
    expect(() => connections(actors, [{ id: 'x', actors: ['ghost'] }])).toThrow(
      /event "x" names unknown actor "ghost"/,
    );
  });
});

describe('layoutActorMap', () => {
  const map = layoutActorMap(actors, events);
  it('draws every actor with events (and only those), inside the drawing, identically every time', () => {
    expect(map.nodes.map((n) => n.id).sort()).toEqual([
      'google',
      'microsoft',
      'the-guardian',
      'unit-8200',
    ]);
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(map.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(map.height);
    }
    expect(JSON.stringify(layoutActorMap([...actors].reverse(), events))).toBe(JSON.stringify(map));
  });
  it('draws a tall, narrow phone map of the given height, every circle and name inside it', () => {
    const phone = layoutActorMap(actors, events, 320, 400, 'ltr', { height: 560, padX: 16 });
    expect([phone.width, phone.height]).toEqual([320, 560]);
    for (const n of phone.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(320);
      expect(n.y).toBeLessThanOrEqual(560);
      const width = n.name.length * 7.5;
      const start =
        n.label.anchor === 'end'
          ? n.label.x - width
          : n.label.anchor === 'middle'
            ? n.label.x - width / 2
            : n.label.x;
      expect(start, n.id).toBeGreaterThanOrEqual(0);
      expect(start + width, n.id).toBeLessThanOrEqual(320);
    }
  });
  it('sizes circles by the number of events', () => {
    const r = new Map(map.nodes.map((n) => [n.id, n.r]));
    expect(r.get('microsoft')!).toBeGreaterThan(r.get('the-guardian')!);
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
    expect(kept.actors.map((a) => a.id)).toEqual([
      'microsoft',
      'unit-8200',
      'the-guardian',
      'google',
    ]);
    expect(kept.events).toEqual(events);
  });

  it('draws at most the limit however many actors share events', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: `a${String(i).padStart(3, '0')}`,
      name: `Actor ${i}`,
    }));
    const crowded = Array.from({ length: 200 }, (_, i) => ({
      id: `e${i}`,
      actors: [many[i]!.id, many[(i * 7 + 1) % 300]!.id, many[(i * 13 + 2) % 300]!.id],
    }));
    const kept = busiestActors(many, crowded, 40);
    expect(kept.actors).toHaveLength(40);
    expect(layoutActorMap(kept.actors, kept.events).nodes.length).toBeLessThanOrEqual(40);
  });
});

describe('the same map on every build', () => {
  // The site's own story, read from content/ the way editors wrote it: a map of realistic size.
  const story = {
    actors: readActors(),
    events: readEvents().map((e) => ({ id: e.id, actors: e.actors })),
  };
  /** A fixed reordering (a seeded shuffle): the layout must not depend on the order of its input. */
  const shuffled = <T>(items: readonly T[], seed: number): T[] => {
    const out = [...items];
    let state = seed;
    for (let i = out.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      const j = state % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  /** The layout with each connection's events in one order (they follow the order of the events given). */
  const drawing = (map: ReturnType<typeof layoutActorMap>) => ({
    ...map,
    edges: map.edges.map((e) => ({ ...e, events: [...e.events].sort() })),
  });

  it('draws the same map twice from the same story', () => {
    const first = layoutActorMap(story.actors, story.events);
    expect(first.nodes.length).toBeGreaterThan(10);
    expect(layoutActorMap(story.actors, story.events)).toEqual(first);
  });

  it('draws the same map whatever the order of actors, of events and of the actors in each event', () => {
    const first = drawing(layoutActorMap(story.actors, story.events));
    for (const seed of [1, 2, 3]) {
      const events = shuffled(story.events, seed).map((e, i) => ({
        ...e,
        actors: shuffled(e.actors, seed + i),
      }));
      expect(
        drawing(layoutActorMap(shuffled(story.actors, seed * 7), events)),
        `seed ${seed}`,
      ).toEqual(first);
    }
  });

  it('places every circle and name at a finite point inside the drawing', () => {
    const map = layoutActorMap(story.actors, story.events);
    for (const n of map.nodes) {
      for (const value of [n.x, n.y, n.r, n.label.x, n.label.y])
        expect(Number.isFinite(value), n.id).toBe(true);
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(map.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(map.height);
    }
  });
});
