/**
 * The visual timeline: lays events and eras out on a true time scale, for a server-rendered SVG
 * (`src/components/TimeAxis.astro` only draws what this module computes). Pure and deterministic:
 * the same events give the same numbers, so the SVG is identical on every build.
 *
 * Layout, top to bottom: an overview panel over whole calendar years, then, when some weeks hold
 * many events (August–September 2025 in this story), a second panel on a larger scale for them.
 * Each event is drawn once: in the enlarged panel when it falls inside it, otherwise in the
 * overview (where the enlarged window is shaded, with small unlinked ticks for its events).
 *
 * Units: every coordinate is in SVG user units (CSS pixels at 1:1), rounded to 0.1. Dates are UTC
 * days (`YYYY-MM-DD`); an event covers whole days, from the first day it could be to the last.
 * Rule sources: dates shown at their true precision (shared/story/DOSSIER.md) — an event known only
 * to a month, a season, a year or a span is drawn as a bar over that whole period, never as a day.
 *
 * Direction: in a right-to-left edition (Arabic, Hebrew) time runs from right to left, as charts
 * in Arabic and Hebrew usually draw it and as those readers read a line: the earliest year at the
 * right, the enlarged panel's first day at the right, labels running leftwards. The layout is the
 * left-to-right one mirrored (`./direction.ts`), so both directions keep the same rules for lanes,
 * targets and labels that stay inside the drawing.
 */
import {
  formatEventDate,
  formatMonth,
  parseEventDate,
  yearOf,
  type DateStyle,
  type EventDate,
} from '../content/dates';
import { mirrorX, type Direction, type TextAnchor } from './direction.ts';

export interface AxisEvent {
  id: string;
  title: string;
  date: EventDate;
}

/** A named period (content/eras/), shaded behind the marks and labelled in a strip above them. */
export interface AxisEra {
  id: string;
  name: string;
  date: EventDate;
}

/** How an event is drawn: a dot (a day), a bar (a month, season, year or span), an open bar (`/..`). */
export type MarkShape = 'point' | 'range' | 'open';

export interface AxisMark {
  id: string;
  /** Accessible name: "<date as shown on the site>: <title>". */
  name: string;
  /** The visible label shown on hover or focus (the title, shortened past {@link LABEL_MAX} characters). */
  label: string;
  shape: MarkShape;
  /** Drawn dashed: the date is approximate (`~`) or uncertain (`?`). */
  approximate: boolean;
  /** Centre of a dot, or where a bar starts in time (its right end in a right-to-left drawing). */
  x: number;
  /** Where a bar ends in time (equals `x` for a dot): left of `x` in a right-to-left drawing. */
  x2: number;
  /** Vertical centre. */
  y: number;
  lane: number;
  /** Where the hover label goes (x of its anchor, and the anchor), so that it stays inside the drawing. */
  labelX: number;
  labelAnchor: TextAnchor;
}

export interface AxisTick {
  x: number;
  /** Text under the tick, or `null` for a minor tick. */
  label: string | null;
  major: boolean;
  /** Where the text goes: a year or month's name runs from its tick into its period, a day number is centred. */
  labelX: number;
  labelAnchor: TextAnchor;
}

export interface AxisEraBand {
  id: string;
  name: string;
  /** Where the era starts in time (the right end in a right-to-left drawing). */
  x: number;
  /** Where it ends in time. */
  x2: number;
  /** Vertical centre of the era's bar in the strip above the marks. */
  y: number;
  lane: number;
  /** The name as drawn: one line, or wrapped at spaces to fit inside a short bar. */
  lines: string[];
  /** Height of the bar (taller when the name wraps), and the distance between the name's lines. */
  barHeight: number;
  lineHeight: number;
  /**
   * Where the name goes: inside the bar (wrapped to up to three lines when the bar is short), or
   * just before or after it when even the name's longest word does not fit inside;
   * `over` when it fits none of these (a narrow drawing): from `labelX`, over the bar's edge.
   */
  labelAt: 'inside' | 'before' | 'after' | 'over';
  /** Where its name is drawn: the x of the anchor (its start, or its end when `labelAt` is `before`), and the anchor. */
  labelX: number;
  labelAnchor: TextAnchor;
}

export interface AxisPanel {
  key: 'overview' | 'zoom';
  /** First and last day shown, `YYYY-MM-DD`. */
  from: string;
  to: string;
  top: number;
  bottom: number;
  /** The vertical position of the axis line; ticks hang below it. */
  axisY: number;
  /** Top of the marks area (era shading runs from here to the axis). */
  marksTop: number;
  marks: AxisMark[];
  ticks: AxisTick[];
  eras: AxisEraBand[];
  /** Overview only: the enlarged window (`x` its first day, `x2` the end of its last), with small unlinked ticks for the events drawn enlarged. */
  window?: { x: number; x2: number; ghosts: number[]; count: number };
}

export interface AxisLayout {
  width: number;
  height: number;
  /** The drawing's direction: the SVG's `direction` attribute, which the anchors assume. */
  direction: Direction;
  panels: AxisPanel[];
  /** Font size of the era names, in user units, and the height of an era's bar around it. */
  eraText: number;
  eraBar: number;
}

export interface AxisOptions {
  /** Drawing width in user units; default 960. */
  width?: number;
  /** Enlarge the busiest window of up to `maxMonths` calendar months when it holds at least `minEvents` events. `false`: never. */
  zoom?: { minEvents?: number; maxMonths?: number } | false;
  /** The day of the build, `YYYY-MM-DD` (UTC): with no event and no era, the axis covers its year. */
  today?: string;
  /** The edition's date style (`edition.dates`): month ticks and each mark's accessible name. */
  dates: DateStyle;
  /** The edition's direction (`edition.direction`); default `ltr`. In `rtl` time runs right to left. */
  direction?: Direction;
  /**
   * Font size of the era names in user units (default 13). A phone's drawing, shown at 1:1 or
   * larger, uses 16 so the names read at 16 px; lanes and label placement follow the size.
   */
  eraText?: number;
}

/** Visible hover labels are cut to this many characters (the accessible name keeps the full title). */
export const LABEL_MAX = 72;
const MARGIN = 24;
const LANE = 32; // mark lanes: a target plus room
const ERA_LANE = 24;
const TICKS = 36; // room under the axis for tick labels
const GAP = 56; // between the panels, for the magnifier lines and the note
const NOTE_LINE = 16; // a further line of the note, on a drawing too narrow for it on one
const NARROW = 480; // below this width the note gets two lines
const HIT = 30; // target size in units: 24 px (WCAG 2.2, 2.5.8) even when drawn at 0.8 scale on a phone
const CHAR = 7; // estimated width of a 13 px sans character
// A hover label is bold (600) with a halo: measured in Chromium, its widest Latin, Arabic and Hebrew
// titles run to about 8.1 units a character, so the estimate errs on the wide side.
const LABEL_CHAR = 8.4;
const DAY = 86_400_000;

const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const round = (n: number) => Math.round(n * 10) / 10;

/** The days an event covers: from its first possible day to the end of its last (exclusive), and whether it is open. */
export function coverage(date: EventDate): { start: number; end: number; open: boolean } {
  const start = ms(date.start.first);
  if (date.end === 'open') return { start, end: start + DAY, open: true };
  const last = date.end === null ? date.start.last : date.end.last;
  return { start, end: ms(last) + DAY, open: false };
}

function shapeOf(date: EventDate): MarkShape {
  if (date.end === 'open') return 'open';
  if (date.end === null && date.start.precision === 'day') return 'point';
  if (date.end !== null && date.start.first === date.end.last) return 'point';
  return 'range';
}

function isApproximate(date: EventDate): boolean {
  const points = [date.start, ...(date.end && date.end !== 'open' ? [date.end] : [])];
  return points.some((p) => p.approximate || p.uncertain);
}

/** A linear scale from UTC time to x, over [from, to] days inclusive, drawn between x0 and x1. */
function scale(from: string, to: string, x0: number, x1: number) {
  const t0 = ms(from);
  const t1 = ms(to) + DAY;
  return (time: number) =>
    round(x0 + ((Math.min(Math.max(time, t0), t1) - t0) / (t1 - t0)) * (x1 - x0));
}

/** Greedy lanes: each item goes to the lowest lane whose last item ends before it starts. */
function packLanes(spans: { from: number; to: number }[]): number[] {
  const ends: number[] = [];
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.from - spans[b]!.from || a - b);
  const lanes: number[] = new Array(spans.length);
  for (const i of order) {
    const span = spans[i]!;
    let lane = ends.findIndex((end) => end <= span.from);
    if (lane === -1) lane = ends.length;
    ends[lane] = span.to;
    lanes[i] = lane;
  }
  return lanes;
}

/**
 * The busiest window of whole calendar months: the one holding the most events entirely inside it
 * (ties: fewer months, then earlier).
 * @returns first and last day (`YYYY-MM-DD`) and the number of events, or `null` for no events.
 */
export function busiestWindow(
  events: readonly AxisEvent[],
  maxMonths = 2,
): { from: string; to: string; count: number } | null {
  if (events.length === 0) return null;
  const months = [...new Set(events.map((e) => e.date.start.first.slice(0, 7)))].sort();
  let best: { from: string; to: string; count: number } | null = null;
  for (const month of months) {
    for (let k = 1; k <= maxMonths; k++) {
      const [y, m] = month.split('-').map(Number);
      const from = `${month}-01`;
      const to = iso(Date.UTC(y!, m! - 1 + k, 1) - DAY);
      const count = events.filter((e) => {
        const c = coverage(e.date);
        return c.start >= ms(from) && c.end <= ms(to) + DAY;
      }).length;
      if (!best || count > best.count) best = { from, to, count };
    }
  }
  return best;
}

/**
 * Places the hover label of `text` over a mark spanning x1–x2 (left-to-right layout, mirrored
 * later): starting at the mark, else flipped to end at it, else clamped to start at the left edge,
 * so it never runs past either edge of the drawing (and of the box that scrolls it).
 */
function placeLabel(
  text: string,
  x1: number,
  x2: number,
  width: number,
): { labelX: number; labelAnchor: 'start' | 'middle' | 'end' } {
  const w = labelWidth(text);
  if (x1 - 8 + w <= width - 4) return { labelX: round(x1 - 8), labelAnchor: 'start' };
  if (x2 + 8 - w >= 4) return { labelX: round(x2 + 8), labelAnchor: 'end' };
  return { labelX: 4, labelAnchor: 'start' };
}

/** The estimated width of a hover label, in user units (bold 13 px sans, on the wide side). */
export function labelWidth(text: string): number {
  return text.length * LABEL_CHAR;
}

/** Shortens a title to what fits: {@link LABEL_MAX} characters, or fewer on a narrow drawing. */
function shorten(title: string, width: number): string {
  const max = Math.min(LABEL_MAX, Math.floor((width - 8) / LABEL_CHAR));
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}

/** A tick of the left-to-right layout: a major tick's label starts just after it, a minor one's is centred. */
const tick = (x: number, label: string | null, major: boolean): AxisTick => ({
  x,
  label,
  major,
  labelX: major ? round(x + 4) : x,
  labelAnchor: major ? 'start' : 'middle',
});

function ticksFor(
  key: AxisPanel['key'],
  from: string,
  to: string,
  x: (t: number) => number,
  dates: DateStyle,
): AxisTick[] {
  // Day numbers only when a fortnight is wider than a month's name ("September 2025").
  const dayNumbers = x(ms(from) + 14 * DAY) - x(ms(from)) >= 16 * CHAR;
  const ticks: AxisTick[] = [];
  const [fy, fm] = from.split('-').map(Number);
  const end = ms(to) + DAY;
  if (key === 'overview') {
    for (let i = 0; ; i++) {
      const t = Date.UTC(fy!, fm! - 1 + i, 1);
      if (t > end) break;
      const month = new Date(t).getUTCMonth();
      const last = t === end;
      ticks.push(
        tick(x(t), month === 0 && !last ? String(new Date(t).getUTCFullYear()) : null, month === 0),
      );
    }
    return ticks;
  }
  for (let t = ms(from); t <= end; t += DAY) {
    const day = iso(t);
    const d = Number(day.slice(8));
    if (d === 1 && t < end) ticks.push(tick(x(t), formatMonth(day, dates), true));
    // A day number on the 15th only: far enough from the month's name on the 1st to never touch it.
    else if (d === 15 && dayNumbers) ticks.push(tick(x(t), String(d), false));
    else if (d % 7 === 1) ticks.push(tick(x(t), null, false)); // weeks: the 8th, 15th, 22nd, 29th
  }
  return ticks;
}

/** Era strip metrics for a font size: lane height, bar height, width of one character. */
function eraMetrics(text: number) {
  return { lane: Math.max(ERA_LANE, text + 12), bar: text + 7, char: (text * CHAR) / 13 };
}

/** Most lines an era's name may wrap to inside its bar before it goes beside or over it instead. */
const ERA_LINES = 3;

/**
 * Wraps an era's name at spaces into lines of at most `room` units (`char` units a character).
 * @returns the lines, or `null` when a word alone is wider than `room` or more than
 *   {@link ERA_LINES} lines are needed.
 */
function wrapName(name: string, room: number, char: number): string[] | null {
  const max = Math.floor(room / char);
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    if (word.length > max) return null;
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= ERA_LINES ? lines : null;
}

function erasFor(
  eras: readonly AxisEra[],
  from: string,
  to: string,
  x: (t: number) => number,
  width: number,
  top: number,
  eraText: number,
): { bands: AxisEraBand[]; height: number } {
  const metrics = eraMetrics(eraText);
  const lineHeight = eraText + 3;
  const t0 = ms(from);
  const t1 = ms(to) + DAY;
  const shown = eras.filter((e) => {
    const c = coverage(e.date);
    return c.end > t0 && c.start < t1;
  });
  const placed = shown.map((era) => {
    const c = coverage(era.date);
    const x1 = x(c.start);
    const x2 = x(c.open ? t1 : c.end);
    const text = era.name.length * metrics.char + 12;
    // A name too long for its bar on one line wraps inside it (the bar grows taller), so that it
    // names its own bar and no other; only a bar too short for the name's longest word sends the
    // name beside it, or over its edge.
    const wrapped = x2 - x1 >= text ? [era.name] : wrapName(era.name, x2 - x1 - 12, metrics.char);
    const labelAt: AxisEraBand['labelAt'] = wrapped
      ? 'inside'
      : x2 + text <= width - MARGIN
        ? 'after'
        : x1 - text >= 4
          ? 'before'
          : 'over';
    // Over the bar: start where the bar does, moved left as far as needed to end inside the drawing.
    const overX = round(Math.max(4, Math.min(x1 + 6, width - 4 - (text - 6))));
    const labelX =
      labelAt === 'after'
        ? round(x2 + 6)
        : labelAt === 'before'
          ? round(x1 - 6)
          : labelAt === 'over'
            ? overX
            : round(x1 + 6);
    const from = labelAt === 'before' ? x1 - text : labelAt === 'over' ? Math.min(x1, overX) : x1;
    const to =
      labelAt === 'after' ? x2 + text : labelAt === 'over' ? Math.max(x2, overX + text) : x2;
    const lines = wrapped ?? [era.name];
    return { era, x1, x2, labelAt, labelX, lines, span: { from, to: to + 4 } };
  });
  const lanes = packLanes(placed.map((p) => p.span));
  // Each lane is as tall as its tallest name.
  const laneHeights: number[] = [];
  placed.forEach((p, i) => {
    const h = metrics.lane + (p.lines.length - 1) * lineHeight;
    laneHeights[lanes[i]!] = Math.max(laneHeights[lanes[i]!] ?? 0, h);
  });
  const laneTop = (lane: number) =>
    top + laneHeights.slice(0, lane).reduce((sum, h) => sum + (h ?? metrics.lane), 0);
  const bands = placed.map((p, i) => ({
    id: p.era.id,
    name: p.era.name,
    lines: p.lines,
    x: p.x1,
    x2: p.x2,
    lane: lanes[i]!,
    y: round(laneTop(lanes[i]!) + laneHeights[lanes[i]!]! / 2),
    barHeight: metrics.bar + (p.lines.length - 1) * lineHeight,
    lineHeight,
    labelAt: p.labelAt,
    labelX: p.labelX,
    labelAnchor: p.labelAt === 'before' ? ('end' as const) : ('start' as const),
  }));
  return { bands, height: laneTop(laneHeights.length) - top };
}

function panel(
  key: AxisPanel['key'],
  from: string,
  to: string,
  events: readonly AxisEvent[],
  eras: readonly AxisEra[],
  width: number,
  top: number,
  dates: DateStyle,
  eraText: number,
): AxisPanel {
  const x = scale(from, to, MARGIN, width - MARGIN);
  const t1 = ms(to) + DAY;
  const { bands, height: eraHeight } = erasFor(eras, from, to, x, width, top, eraText);
  const marksTop = top + eraHeight + (bands.length ? 8 : 0);
  const drafts = events.map((event) => {
    const c = coverage(event.date);
    const shape = shapeOf(event.date);
    const x1 = shape === 'point' ? x((c.start + c.end) / 2) : x(c.start);
    const x2 = shape === 'point' ? x1 : shape === 'open' ? x(t1) : Math.max(x(c.end), x1 + 4);
    const centre = (x1 + x2) / 2;
    const span = { from: Math.min(x1, centre - HIT / 2), to: Math.max(x2, centre + HIT / 2) + 2 };
    return { event, shape, x1, x2, span };
  });
  const lanes = packLanes(drafts.map((d) => d.span));
  const laneCount = lanes.length ? Math.max(...lanes) + 1 : 1;
  const axisY = marksTop + laneCount * LANE + 6;
  const marks: AxisMark[] = drafts.map((d, i) => ({
    id: d.event.id,
    name: `${formatEventDate(d.event.date, dates)}: ${d.event.title}`,
    label: shorten(d.event.title, width),
    shape: d.shape,
    approximate: isApproximate(d.event.date),
    x: d.x1,
    x2: d.x2,
    lane: lanes[i]!,
    y: round(axisY - 6 - LANE / 2 - lanes[i]! * LANE),
    ...placeLabel(shorten(d.event.title, width), d.x1, d.x2, width),
  }));
  return {
    key,
    from,
    to,
    top,
    bottom: axisY + TICKS,
    axisY,
    marksTop,
    marks,
    ticks: ticksFor(key, from, to, x, dates),
    eras: bands,
  };
}

/**
 * Lays out the visual timeline.
 * @param events the events to draw, in any order (each is drawn exactly once; marks come out by
 *   first possible day, then id).
 * @param eras named periods to shade; those outside a panel are left out of it.
 * @param options drawing width (default 960 units), when to add the enlarged panel, the edition's
 *   dates and direction (`rtl`: the drawing mirrored, time running right to left).
 * @returns panels with every coordinate in user units; `height` is the whole drawing's height.
 *   With no events, a single overview panel over the eras' years (or the year of `options.today`), no marks.
 * @throws Error when there is no event, no era and no `options.today` to place the empty axis.
 */
export function layoutAxis(
  events: readonly AxisEvent[],
  eras: readonly AxisEra[],
  options: AxisOptions,
): AxisLayout {
  const width = options.width ?? 960;
  const eraText = options.eraText ?? 13;
  // Chronological, then by id: the layout never depends on the order the events come in.
  events = [...events].sort(
    (a, b) =>
      coverage(a.date).start - coverage(b.date).start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const zoomOptions =
    options.zoom === false ? null : { minEvents: 5, maxMonths: 2, ...options.zoom };
  const years = [...events, ...eras].flatMap((e) => {
    const c = coverage(e.date);
    return [yearOf(iso(c.start)), yearOf(iso(c.end - DAY))];
  });
  if (!years.length && !options.today)
    throw new Error(
      'layoutAxis(): with no event and no era, pass options.today (YYYY-MM-DD) to choose the year shown.',
    );
  const firstYear = years.length ? years.reduce((a, b) => (a < b ? a : b)) : yearOf(options.today!);
  const lastYear = years.length ? years.reduce((a, b) => (a > b ? a : b)) : firstYear;
  const from = `${firstYear}-01-01`;
  const to = `${lastYear}-12-31`;

  const window = zoomOptions ? busiestWindow(events, zoomOptions.maxMonths) : null;
  const zoomed = window && window.count >= zoomOptions!.minEvents ? window : null;
  const inZoom = (e: AxisEvent) => {
    if (!zoomed) return false;
    const c = coverage(e.date);
    return c.start >= ms(zoomed.from) && c.end <= ms(zoomed.to) + DAY;
  };
  const overview = panel(
    'overview',
    from,
    to,
    events.filter((e) => !inZoom(e)),
    eras,
    width,
    0,
    options.dates,
    eraText,
  );
  const panels = [overview];
  if (zoomed) {
    const x = scale(from, to, MARGIN, width - MARGIN);
    const inside = events.filter(inZoom);
    overview.window = {
      x: x(ms(zoomed.from)),
      x2: x(ms(zoomed.to) + DAY),
      ghosts: inside.map((e) => {
        const c = coverage(e.date);
        return x((c.start + c.end) / 2);
      }),
      count: inside.length,
    };
    panels.push(
      panel(
        'zoom',
        zoomed.from,
        zoomed.to,
        inside,
        eras,
        width,
        overview.bottom + GAP + (width < NARROW ? NOTE_LINE : 0),
        options.dates,
        eraText,
      ),
    );
  }
  const drawing: AxisLayout = {
    width,
    height: panels.at(-1)!.bottom,
    direction: 'ltr',
    panels,
    eraText,
    eraBar: eraMetrics(eraText).bar,
  };
  return options.direction === 'rtl' ? mirrorAxis(drawing) : drawing;
}

/** The right-to-left drawing: every x mirrored, anchors kept (the SVG's `direction` flips them). */
function mirrorAxis(layout: AxisLayout): AxisLayout {
  const m = (x: number) => mirrorX(x, layout.width, 'rtl');
  return {
    ...layout,
    direction: 'rtl',
    panels: layout.panels.map((p) => ({
      ...p,
      marks: p.marks.map((k) => ({ ...k, x: m(k.x), x2: m(k.x2), labelX: m(k.labelX) })),
      ticks: p.ticks.map((t) => ({ ...t, x: m(t.x), labelX: m(t.labelX) })),
      eras: p.eras.map((e) => ({ ...e, x: m(e.x), x2: m(e.x2), labelX: m(e.labelX) })),
      ...(p.window && {
        window: {
          ...p.window,
          x: m(p.window.x),
          x2: m(p.window.x2),
          ghosts: p.window.ghosts.map(m),
        },
      }),
    })),
  };
}

/** "August–September 2025": the months of a panel, as the edition writes a span of months. */
export function panelLabel(panel: Pick<AxisPanel, 'from' | 'to'>, dates: DateStyle): string {
  const from = panel.from.slice(0, 7);
  const to = panel.to.slice(0, 7);
  return formatEventDate(parseEventDate(from === to ? from : `${from}/${to}`), dates);
}

/**
 * Breaks the zoom note into lines that fit a drawing `width` units wide (13 px sans, estimated),
 * at spaces: one line on a wide drawing, at most two below {@link NARROW} units (the room the
 * layout leaves); a word longer than a line stays whole.
 */
export function noteLines(text: string, width: number): string[] {
  const max = Math.floor((width - 2 * MARGIN) / CHAR);
  if (width >= NARROW || text.length <= max) return [text];
  const words = text.split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && (last.length + 1 + word.length <= max || lines.length === 2))
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The hit box of a mark, in either direction: at least {@link HIT} units square, centred on it. */
export function hitBox(mark: AxisMark): { x: number; y: number; width: number; height: number } {
  const width = Math.max(Math.abs(mark.x2 - mark.x), HIT);
  const x = round((mark.x + mark.x2) / 2 - width / 2);
  return { x, y: round(mark.y - HIT / 2), width: round(width), height: HIT };
}
