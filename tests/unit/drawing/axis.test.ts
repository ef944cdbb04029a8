import { describe, expect, it } from 'vitest';
import {
  busiestWindow,
  coverage,
  hitBox,
  layoutAxis,
  noteLines,
  panelLabel,
} from '../../../src/lib/drawing/axis';
import { parseEventDate } from '../../../src/lib/content/dates';
import { english } from '../../../src/lib/i18n';

const axisOptions = { dates: english.dates };

const e = (id: string, date: string, title = `Title of ${id}`) => ({
  id,
  title,
  date: parseEventDate(date),
});
const story = [
  e('late-2021', '2021-10/2021-12'),
  e('y2022', '2022'),
  e('jan', '2025-01-23'),
  e('may', '2025-05-15'),
  e('aug6', '2025-08-06'),
  e('aug7-open', '2025-08-07/..'),
  e('aug8-about', '2025-08-08~'),
  e('aug15', '2025-08-15'),
  e('aug19-27', '2025-08-19/2025-08-27'),
  e('aug', '2025-08'),
  e('sep25', '2025-09-25'),
  e('dec', '2025-12-04'),
  e('may26', '2026-05'),
];
const eras = [
  { id: 'archive', name: 'The archive', date: parseEventDate('2022/2025-09-25') },
  { id: 'review', name: 'The review', date: parseEventDate('2025-08-15/2026-06-04') },
];
const layout = layoutAxis(story, eras, axisOptions);
const marks = layout.panels.flatMap((p) => p.marks);
const byId = new Map(marks.map((m) => [m.id, m]));

describe('layoutAxis', () => {
  it('draws every event exactly once, across the overview and the enlarged panel', () => {
    expect(marks.map((m) => m.id).sort()).toEqual(story.map((x) => x.id).sort());
  });

  it('enlarges the busiest months (August–September 2025) and leaves the rest in the overview', () => {
    expect(layout.panels.map((p) => p.key)).toEqual(['overview', 'zoom']);
    const [overview, zoom] = layout.panels;
    expect(zoom!.from).toBe('2025-08-01');
    expect(zoom!.to).toBe('2025-09-30');
    expect(zoom!.marks.map((m) => m.id).sort()).toEqual([
      'aug',
      'aug15',
      'aug19-27',
      'aug6',
      'aug7-open',
      'aug8-about',
      'sep25',
    ]);
    expect(overview!.window!.count).toBe(7);
    expect(overview!.window!.x).toBeLessThan(overview!.window!.x2);
    expect(panelLabel(zoom!, english.dates)).toBe('August–September 2025');
  });

  it('places marks in time order within each panel (a true, increasing scale)', () => {
    for (const panel of layout.panels) {
      const starts = panel.marks.map((m) => ({
        id: m.id,
        x: m.x,
        t: coverage(story.find((s) => s.id === m.id)!.date).start,
      }));
      const byTime = [...starts].sort((a, b) => a.t - b.t);
      const byX = [...starts].sort((a, b) => a.x - b.x);
      expect(byX.map((s) => s.t)).toEqual(byTime.map((s) => s.t));
    }
    // Linear: a year in the overview is as wide as any other year.
    const years = layout.panels[0]!.ticks.filter((t) => t.major).map((t) => t.x);
    const widths = years.slice(1).map((x, i) => x - years[i]!);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(1.5);
  });

  it('draws a day as a dot, months, seasons, years and spans as bars, an open interval as an open bar', () => {
    expect(byId.get('aug6')!.shape).toBe('point');
    expect(byId.get('aug19-27')!.shape).toBe('range');
    expect(byId.get('aug')!.shape).toBe('range');
    expect(byId.get('y2022')!.shape).toBe('range');
    expect(byId.get('late-2021')!.shape).toBe('range');
    expect(byId.get('aug7-open')!.shape).toBe('open');
    // A month bar covers the whole month: from 1 August to the start of the enlarged panel's September.
    const aug = byId.get('aug')!;
    const sep25 = byId.get('sep25')!;
    expect(aug.x2).toBeLessThan(sep25.x);
    expect(aug.x).toBeLessThanOrEqual(byId.get('aug6')!.x);
  });

  it('marks approximate and uncertain dates as such, and only those', () => {
    expect(marks.filter((m) => m.approximate).map((m) => m.id)).toEqual(['aug8-about']);
    const uncertain = layoutAxis([e('u', '2025-08?')], [], { zoom: false, ...axisOptions })
      .panels[0]!.marks[0]!;
    expect(uncertain.approximate).toBe(true);
  });

  it('names each mark by its date as the site shows it and its title', () => {
    expect(byId.get('aug8-about')!.name).toBe('about 8 August 2025: Title of aug8-about');
    expect(byId.get('late-2021')!.name).toBe('late 2021: Title of late-2021');
    expect(byId.get('aug7-open')!.name).toBe('from 7 August 2025: Title of aug7-open');
  });

  it('never lets two marks’ targets overlap in a lane, and gives each at least a 24-unit target', () => {
    for (const panel of layout.panels) {
      const boxes = panel.marks.map((m) => ({ m, b: hitBox(m) }));
      for (const { b } of boxes) expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
      for (const a of boxes) {
        for (const c of boxes) {
          if (a === c || a.m.lane !== c.m.lane) continue;
          expect(
            a.b.x + a.b.width <= c.b.x || c.b.x + c.b.width <= a.b.x,
            `${a.m.id} overlaps ${c.m.id}`,
          ).toBe(true);
        }
      }
    }
  });

  it('shades eras in each panel they touch, each in its own lane when they overlap', () => {
    const [overview, zoom] = layout.panels;
    expect(overview!.eras.map((x) => x.id)).toEqual(['archive', 'review']);
    expect(new Set(overview!.eras.map((x) => x.lane)).size).toBe(2);
    expect(zoom!.eras.map((x) => x.id)).toEqual(['archive', 'review']);
    const archive = overview!.eras[0]!;
    const y2022 = byId.get('y2022')!;
    expect(archive.x).toBeCloseTo(y2022.x, 1);
  });

  it('covers whole calendar years with year ticks labelled, and month ticks between', () => {
    const ticks = layout.panels[0]!.ticks;
    expect(ticks.filter((t) => t.label).map((t) => t.label)).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(ticks.filter((t) => !t.major)).toHaveLength(6 * 11);
  });

  it('adds no enlarged panel when no window is busy, and is identical on every run', () => {
    const sparse = layoutAxis(
      story.filter((x) => !x.id.startsWith('aug')),
      eras,
      axisOptions,
    );
    expect(sparse.panels.map((p) => p.key)).toEqual(['overview']);
    expect(JSON.stringify(layoutAxis([...story].reverse(), eras, axisOptions))).toBe(
      JSON.stringify(layout),
    );
  });
});

describe('busiestWindow', () => {
  it('finds the window of whole months holding the most events', () => {
    expect(busiestWindow(story)).toEqual({ from: '2025-08-01', to: '2025-09-30', count: 7 });
    expect(busiestWindow(story, 1)).toEqual({ from: '2025-08-01', to: '2025-08-31', count: 6 });
    expect(busiestWindow([])).toBeNull();
  });
});

describe('the phone drawing', () => {
  const longEras = [
    { id: 'archive', name: 'The call archive on Azure', date: parseEventDate('2021-12/2025-09') },
    { id: 'review', name: "Microsoft's outside review", date: parseEventDate('2025-08/2025-09') },
  ];
  const phone = layoutAxis(story, longEras, { ...axisOptions, width: 288, eraText: 16 });

  it('sizes the era strip for its font: taller lanes and bars than the desktop drawing', () => {
    expect(phone.eraText).toBe(16);
    expect(phone.eraBar).toBeGreaterThan(layoutAxis(story, longEras, axisOptions).eraBar);
    const [first, second] = phone.panels[0]!.eras;
    expect(Math.abs(first!.y - second!.y)).toBeGreaterThanOrEqual(16 + 8);
  });

  it('keeps every era name inside the drawing, even where it fits neither beside nor inside its bar', () => {
    const char = (16 * 7) / 13;
    for (const band of phone.panels.flatMap((p) => p.eras)) {
      const width = band.name.length * char;
      const [from, to] =
        band.labelAt === 'before'
          ? [band.labelX - width, band.labelX]
          : [band.labelX, band.labelX + width];
      expect(from, band.id).toBeGreaterThanOrEqual(0);
      expect(to, band.id).toBeLessThanOrEqual(288);
    }
    expect(phone.panels.flatMap((p) => p.eras).some((b) => b.labelAt === 'over')).toBe(true);
  });

  it('gives every mark a target of at least 24 units at 1:1', () => {
    for (const mark of phone.panels.flatMap((p) => p.marks)) {
      const box = hitBox(mark);
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });

  it('breaks the zoom note into at most two lines that fit a narrow drawing, one on a wide one', () => {
    const note = 'August–September 2025: 7 events, enlarged below';
    expect(noteLines(note, 960)).toEqual([note]);
    const lines = noteLines(note, 288);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(note);
    for (const line of lines) expect(line.length * 7).toBeLessThanOrEqual(288 - 48);
  });
});
