/**
 * Drawings in both reading directions: in a right-to-left edition time runs from right to left on
 * the axis, the actor map is mirrored, and no label (mark, tick, era, name) runs out of the drawing
 * once SVG applies its `direction` to the anchors.
 */
import { describe, expect, it } from 'vitest';
import { layoutAxis, hitBox, type AxisLayout } from '../../../src/lib/drawing/axis';
import { layoutActorMap } from '../../../src/lib/drawing/actor-map';
import { mirrorX, textSpan, type Direction } from '../../../src/lib/drawing/direction';
import { parseEventDate } from '../../../src/lib/content/dates';
import { english } from '../../../src/lib/i18n';

const e = (id: string, date: string, title = `Title of ${id}`) => ({
  id,
  title,
  date: parseEventDate(date),
});
const story = [
  e('late-2021', '2021-10/2021-12'),
  e('y2022', '2022'),
  e('jan', '2025-01-23'),
  e('may', '2025-05-15', 'مايكروسوفت تقول إن مراجعتها لم تجد دليلاً على الضرر حتى الآن'),
  e('aug6', '2025-08-06', 'תחקיר: מיליון שיחות בשעה נשמרו ב-Azure של Microsoft'),
  e('aug7-open', '2025-08-07/..'),
  e('aug8-about', '2025-08-08~'),
  e('aug15', '2025-08-15'),
  e('aug19-27', '2025-08-19/2025-08-27'),
  e('aug', '2025-08'),
  e('sep25', '2025-09-25'),
  e('dec', '2025-12-04'),
  e('may26', '2026-05', 'A title long enough to need the other side of its mark near the end'),
];
const eras = [
  { id: 'archive', name: 'The archive', date: parseEventDate('2022/2025-09-25') },
  { id: 'review', name: 'المراجعة', date: parseEventDate('2025-08-15/2026-06-04') },
  { id: 'late', name: 'A late era with a long name', date: parseEventDate('2026-06/2026-12') },
];
const CHAR = 7; // the layout's estimate of a 13 px character
const layouts = Object.fromEntries(
  (['ltr', 'rtl'] as const).flatMap((direction) =>
    [960, 358].map((width) => [
      `${direction} ${width}`,
      layoutAxis(story, eras, { width, dates: english.dates, direction }),
    ]),
  ),
) as Record<string, AxisLayout>;

describe('textSpan and mirrorX', () => {
  it('runs a start-anchored text rightwards in ltr and leftwards in rtl', () => {
    expect(textSpan(100, 'start', 50, 'ltr')).toEqual({ left: 100, right: 150 });
    expect(textSpan(100, 'start', 50, 'rtl')).toEqual({ left: 50, right: 100 });
    expect(textSpan(100, 'end', 50, 'rtl')).toEqual({ left: 100, right: 150 });
    expect(textSpan(100, 'middle', 50, 'rtl')).toEqual({ left: 75, right: 125 });
  });
  it('mirrors only in rtl', () => {
    expect(mirrorX(24, 960, 'rtl')).toBe(936);
    expect(mirrorX(24, 960, 'ltr')).toBe(24);
  });
});

describe('the time axis in both directions', () => {
  for (const [key, layout] of Object.entries(layouts)) {
    const direction = key.split(' ')[0] as Direction;
    const inside = (x: number, anchor: 'start' | 'middle' | 'end', text: string, what: string) => {
      const span = textSpan(x, anchor, text.length * CHAR, direction);
      expect(span.left, `${what} (${key}) runs out on the left`).toBeGreaterThanOrEqual(0);
      expect(span.right, `${what} (${key}) runs out on the right`).toBeLessThanOrEqual(
        layout.width,
      );
    };

    it(`keeps every label inside the drawing (${key})`, () => {
      expect(layout.direction).toBe(direction);
      for (const panel of layout.panels) {
        for (const m of panel.marks) inside(m.labelX, m.labelAnchor, m.label, `mark ${m.id}`);
        for (const t of panel.ticks)
          if (t.label) inside(t.labelX, t.labelAnchor, t.label, `tick ${t.label}`);
        for (const era of panel.eras)
          for (const line of era.lines) inside(era.labelX, era.labelAnchor, line, `era ${era.id}`);
      }
    });

    it(`runs time ${direction === 'rtl' ? 'right to left' : 'left to right'} (${key})`, () => {
      const sign = direction === 'rtl' ? -1 : 1;
      for (const panel of layout.panels) {
        const xs = panel.ticks.map((t) => t.x);
        for (let i = 1; i < xs.length; i++) expect(sign * (xs[i]! - xs[i - 1]!)).toBeGreaterThan(0);
        for (const m of panel.marks) expect(sign * (m.x2 - m.x)).toBeGreaterThanOrEqual(0);
        for (const era of panel.eras) expect(sign * (era.x2 - era.x)).toBeGreaterThan(0);
      }
      const overview = layout.panels[0]!;
      const first = overview.marks.find((m) => m.id === 'late-2021')!;
      const last = overview.marks.find((m) => m.id === 'may26')!;
      expect(sign * (last.x - first.x)).toBeGreaterThan(0);
      // The enlarged window's first day is on the side time starts from.
      expect(sign * (overview.window!.x2 - overview.window!.x)).toBeGreaterThan(0);
    });

    it(`puts an era's name inside its bar, or after or before it in time (${key})`, () => {
      const sign = direction === 'rtl' ? -1 : 1;
      for (const era of layout.panels.flatMap((p) => p.eras)) {
        const longest = Math.max(...era.lines.map((line) => line.length));
        const span = textSpan(era.labelX, era.labelAnchor, longest * CHAR, direction);
        const [lo, hi] = [Math.min(era.x, era.x2), Math.max(era.x, era.x2)];
        if (era.labelAt === 'inside') {
          expect(span.left).toBeGreaterThanOrEqual(lo);
          expect(span.right).toBeLessThanOrEqual(hi);
        } else {
          const afterInTime = sign > 0 ? span.left >= hi : span.right <= lo;
          expect(afterInTime, era.id).toBe(era.labelAt === 'after');
        }
      }
    });

    it(`gives every mark a target inside the drawing (${key})`, () => {
      for (const m of layout.panels.flatMap((p) => p.marks)) {
        const box = hitBox(m);
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      }
    });
  }

  it('draws the right-to-left axis as the exact mirror of the left-to-right one', () => {
    const ltr = layouts['ltr 960']!;
    const rtl = layouts['rtl 960']!;
    const w = ltr.width;
    ltr.panels.forEach((p, i) => {
      const q = rtl.panels[i]!;
      expect(q.marks.map((m) => [m.id, m.x, m.x2, m.labelX, m.labelAnchor, m.y])).toEqual(
        p.marks.map((m) => [
          m.id,
          mirrorX(m.x, w, 'rtl'),
          mirrorX(m.x2, w, 'rtl'),
          mirrorX(m.labelX, w, 'rtl'),
          m.labelAnchor,
          m.y,
        ]),
      );
      expect(q.ticks.map((t) => [t.x, t.label, t.labelAnchor])).toEqual(
        p.ticks.map((t) => [mirrorX(t.x, w, 'rtl'), t.label, t.labelAnchor]),
      );
    });
    // Anchors stay, because the SVG's direction flips what they mean.
    expect(rtl.panels[0]!.ticks.find((t) => t.label === '2022')!.labelAnchor).toBe('start');
    expect(rtl.height).toBe(ltr.height);
  });

  it('puts the earliest year at the right edge of a right-to-left drawing', () => {
    const rtl = layouts['rtl 960']!;
    const years = rtl.panels[0]!.ticks.filter((t) => t.label);
    expect(years[0]!.label).toBe('2021');
    expect(years[0]!.x).toBe(936);
    // Its label runs leftwards from just left of its tick, into 2021.
    const span = textSpan(years[0]!.labelX, years[0]!.labelAnchor, 4 * CHAR, 'rtl');
    expect(span.right).toBeLessThan(years[0]!.x);
  });
});

describe('the actor map in both directions', () => {
  const actors = [
    { id: 'microsoft', name: 'Microsoft' },
    { id: 'unit-8200', name: 'الوحدة 8200' },
    { id: 'the-guardian', name: 'The Guardian' },
    { id: 'local-call', name: 'שיחה מקומית' },
    { id: 'google', name: 'Google' },
  ];
  const events = [
    { id: 'a', actors: ['microsoft', 'unit-8200', 'the-guardian', 'local-call'] },
    { id: 'b', actors: ['unit-8200', 'microsoft'] },
    { id: 'c', actors: ['google', 'microsoft'] },
  ];
  const ltr = layoutActorMap(actors, events, 960, 400, 'ltr');
  const rtl = layoutActorMap(actors, events, 960, 400, 'rtl');

  it('mirrors circles and names, keeping the anchors', () => {
    expect(rtl.direction).toBe('rtl');
    expect(rtl.nodes.map((n) => [n.id, n.x, n.y, n.label.x, n.label.anchor])).toEqual(
      ltr.nodes.map((n) => [
        n.id,
        mirrorX(n.x, 960, 'rtl'),
        n.y,
        mirrorX(n.label.x, 960, 'rtl'),
        n.label.anchor,
      ]),
    );
  });

  for (const map of [ltr, rtl]) {
    it(`keeps every name inside the drawing and off its own circle (${map.direction})`, () => {
      for (const n of map.nodes) {
        const span = textSpan(n.label.x, n.label.anchor, n.name.length * 7.5, map.direction);
        expect(span.left, n.id).toBeGreaterThanOrEqual(0);
        expect(span.right, n.id).toBeLessThanOrEqual(map.width);
        const beside = span.left >= n.x + n.r || span.right <= n.x - n.r;
        const aboveOrBelow = Math.abs(n.label.y - n.y) > n.r;
        expect(beside || aboveOrBelow, n.id).toBe(true);
      }
    });
  }

  it('puts a name that sits to the right of its circle in English to its left in Arabic or Hebrew', () => {
    const n = ltr.nodes.find((x) => x.label.anchor === 'start' && x.label.x > x.x)!;
    const m = rtl.nodes.find((x) => x.id === n.id)!;
    const span = textSpan(m.label.x, m.label.anchor, m.name.length * 7.5, 'rtl');
    expect(span.right).toBeLessThanOrEqual(m.x - m.r);
  });
});
