/**
 * The actor map: who is connected to whom through shared events, laid out at build time with
 * d3-force. Pure and deterministic: nodes start from d3-force's fixed phyllotaxis arrangement (in
 * id order), the simulation runs a fixed number of ticks, and d3-force's own jitter comes from its
 * seeded generator, so the same content always gives the same drawing.
 *
 * Units: coordinates are SVG user units (CSS pixels at 1:1), rounded to 0.1.
 *
 * Direction: the map has no time in it, but its names read after their circles. A right-to-left
 * drawing is the left-to-right one mirrored (`./direction.ts`): names then sit to the left of their
 * circles, where Arabic and Hebrew readers' eyes go next, and stay inside the drawing.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { mirrorX, type Direction, type TextAnchor } from './direction.ts';

export interface MapActor {
  id: string;
  name: string;
}

export interface MapEvent {
  id: string;
  /** Ids of the actors that appear in the event. */
  actors: readonly string[];
}

export interface MapNode {
  id: string;
  name: string;
  /** How many events the actor appears in. */
  events: number;
  x: number;
  y: number;
  /** Circle radius, growing with the number of events. */
  r: number;
  /**
   * Where the name goes (text baseline point and anchor), placed to avoid other names and circles,
   * and the box the layout keeps free for it (left, top, width, height; estimated at 7.5 units a character).
   */
  label: { x: number; y: number; anchor: TextAnchor; box: Box };
}

export interface MapEdge {
  source: string;
  target: string;
  /** The events both actors appear in, in the order given. */
  events: string[];
}

export interface ActorMap {
  width: number;
  height: number;
  /** The drawing's direction: the SVG's `direction` attribute, which the label anchors assume. */
  direction: Direction;
  nodes: MapNode[];
  edges: MapEdge[];
}

const round = (n: number) => Math.round(n * 10) / 10;
const CHAR = 7.5; // estimated width of a 13 px sans character, a little generous

/**
 * The connections: one edge per pair of actors that share at least one event.
 * @returns edges with `source` < `target` (by id), sorted by source then target.
 * @throws Error when an event names an actor that is not in `actors` (the integrity check should
 *   have stopped the build first).
 */
export function connections(actors: readonly MapActor[], events: readonly MapEvent[]): MapEdge[] {
  const known = new Set(actors.map((a) => a.id));
  const pairs = new Map<string, MapEdge>();
  for (const event of events) {
    const ids = [...new Set(event.actors)].sort();
    for (const id of ids)
      if (!known.has(id))
        throw new Error(`actor map: event "${event.id}" names unknown actor "${id}".`);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]} ${ids[j]}`;
        const edge = pairs.get(key) ?? { source: ids[i]!, target: ids[j]!, events: [] };
        edge.events.push(event.id);
        pairs.set(key, edge);
      }
    }
  }
  return [...pairs.values()].sort((a, b) =>
    a.source + ' ' + a.target < b.source + ' ' + b.target ? -1 : 1,
  );
}

/**
 * Keeps a map readable and its page bounded: the `limit` actors who appear in the most events
 * (ties by id), with each event's actor list cut to them.
 * @param limit Maximum number of actors (a positive integer).
 * @returns `actors` in the order given, filtered; `events` with only the kept actors; and how many
 *   actors appear in at least one event (to tell readers how many the map leaves out).
 */
export function busiestActors<A extends MapActor>(
  actors: readonly A[],
  events: readonly MapEvent[],
  limit: number,
): { actors: A[]; events: MapEvent[]; present: number } {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const id of new Set(event.actors)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const kept = new Set(
    [...counts]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([id]) => id),
  );
  return {
    actors: actors.filter((a) => kept.has(a.id)),
    events: events.map((e) => ({ id: e.id, actors: e.actors.filter((id) => kept.has(id)) })),
    present: counts.size,
  };
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/**
 * Lays out the map of every actor that appears in at least one event (actors with no event are
 * left out: they have no connection to show).
 * @param width drawing width in user units (default 960); the height is 0.75 of it unless
 *   `shape.height` says otherwise.
 * @param ticks simulation steps (default 400): fixed, so the layout never depends on time.
 * @param direction the edition's direction (`edition.direction`, default `ltr`): `rtl` mirrors the map.
 * @param shape `height` (user units) and `padX`, the room left at each side for names (default
 *   110): a phone's drawing is tall and narrow, with names placed inside it instead of beside it.
 */
export function layoutActorMap(
  actors: readonly MapActor[],
  events: readonly MapEvent[],
  width = 960,
  ticks = 400,
  direction: Direction = 'ltr',
  shape: { height?: number; padX?: number } = {},
): ActorMap {
  const height = shape.height ?? Math.round(width * 0.75);
  const counts = new Map<string, number>();
  for (const event of events)
    for (const id of new Set(event.actors)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const edges = connections(actors, events);
  const present = [...actors]
    .filter((a) => counts.has(a.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const radius = (id: string) => round(5 + Math.sqrt(counts.get(id) ?? 1) * 3);
  const nodes: SimNode[] = present.map((a) => ({ id: a.id }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string; events: string[] }>(
        edges.map((e) => ({ ...e })),
      )
        .id((d) => d.id)
        .distance(120)
        .strength((l) => Math.min(0.9, 0.15 * l.events.length)),
    )
    .force('charge', forceManyBody().strength(-900))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.09))
    .force('collide', forceCollide<SimNode>((d) => radius(d.id) + 26).iterations(3))
    .stop();
  simulation.tick(ticks);

  // Fit into the drawing, leaving room at the sides for names.
  const pad = { x: shape.padX ?? 110, y: 24 };
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const sx = (width - 2 * pad.x) / Math.max(maxX - minX, 1);
  const sy = (height - 2 * pad.y) / Math.max(maxY - minY, 1);
  const byId = new Map(present.map((a) => [a.id, a]));
  const placed = nodes.map((n) => ({
    id: n.id,
    name: byId.get(n.id)!.name,
    events: counts.get(n.id)!,
    x: round(pad.x + ((n.x ?? 0) - minX) * sx),
    y: round(pad.y + ((n.y ?? 0) - minY) * sy),
    r: radius(n.id),
  }));
  const laidOut = placeLabels(placed, width, height).map((n) =>
    direction === 'rtl'
      ? {
          ...n,
          x: mirrorX(n.x, width, direction),
          label: {
            ...n.label,
            x: mirrorX(n.label.x, width, direction),
            box: { ...n.label.box, x: round(width - n.label.box.x - n.label.box.w) },
          },
        }
      : n,
  );
  return { width, height, direction, edges, nodes: laidOut };
}

/** A rectangle in user units: left edge, top edge, width, height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/**
 * Puts each name beside its circle, trying right, left, above and below in turn, then above and
 * below one and two lines further out (a crowded phone drawing needs them), and keeping the first
 * place that touches no other name, no circle and stays inside the drawing (else the place with
 * the least overlap). Busier actors choose first.
 */
function placeLabels(nodes: Omit<MapNode, 'label'>[], width: number, height: number): MapNode[] {
  const H = 15;
  const circles: Box[] = nodes.map((n) => ({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }));
  const taken: Box[] = [];
  const labels = new Map<string, MapNode['label']>();
  const order = [...nodes].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1));
  for (const n of order) {
    const w = n.name.length * CHAR;
    const candidates: { box: Box; label: Omit<MapNode['label'], 'box'> }[] = [
      {
        box: { x: n.x + n.r + 5, y: n.y - H / 2, w, h: H },
        label: { x: n.x + n.r + 5, y: n.y + 4.5, anchor: 'start' },
      },
      {
        box: { x: n.x - n.r - 5 - w, y: n.y - H / 2, w, h: H },
        label: { x: n.x - n.r - 5, y: n.y + 4.5, anchor: 'end' },
      },
    ];
    // Above and below, centred on the circle but kept inside the drawing.
    const left = Math.min(Math.max(n.x - w / 2, 2), width - w - 2);
    for (const further of [0, H + 2, 2 * (H + 2)]) {
      for (const [top, baseline] of [
        [n.y - n.r - 3 - H - further, n.y - n.r - 7 - further],
        [n.y + n.r + 3 + further, n.y + n.r + 15 + further],
      ] as const) {
        candidates.push({
          box: { x: left, y: top, w, h: H },
          label: { x: left, y: baseline, anchor: 'start' },
        });
      }
    }
    let best = candidates[0]!;
    let bestCost = Infinity;
    for (const c of candidates) {
      const outside =
        c.box.x < 0 || c.box.x + c.box.w > width || c.box.y < 0 || c.box.y + c.box.h > height
          ? 1e6
          : 0;
      const cost = outside + [...taken, ...circles].reduce((sum, b) => sum + overlap(c.box, b), 0);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    taken.push(best.box);
    labels.set(n.id, {
      x: round(best.label.x),
      y: round(best.label.y),
      anchor: best.label.anchor,
      box: best.box,
    });
  }
  return nodes.map((n) => ({ ...n, label: labels.get(n.id)! }));
}
