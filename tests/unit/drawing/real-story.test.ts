/**
 * The drawings of the real story (content/), in every edition and both directions: names that
 * stay where they belong. The layouts are pure, so these run without a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { layoutAxis, labelWidth } from '../../../src/lib/drawing/axis';
import { textSpan, type Direction } from '../../../src/lib/drawing/direction';
import { parseEventDate } from '../../../src/lib/content/dates';
import { english } from '../../../src/lib/i18n';
import { busiestActors, layoutActorMap } from '../../../src/lib/drawing/actor-map';
import { readActors, readEvents } from '../../e2e/content';

const events = readEvents();
const editions: { lang: string; direction: Direction }[] = [
  { lang: 'en', direction: 'ltr' },
  { lang: 'ar', direction: 'rtl' },
  { lang: 'he', direction: 'rtl' },
];
/** The eras, with their names as the edition writes them (English where there is no translation). */
function readEras(lang: string) {
  const dir = 'content/eras';
  return readdirSync(dir).map((file) => {
    const data = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
    const translated = join('content/translations', lang, 'eras', file);
    const name =
      lang !== 'en' && existsSync(translated)
        ? String((parse(readFileSync(translated, 'utf8')) as Record<string, string>).name)
        : data.name!;
    return { id: file.replace(/\.ya?ml$/, ''), name, date: parseEventDate(data.date!) };
  });
}

describe('the time axis of the real story', () => {
  for (const { lang, direction } of editions) {
    it(`writes every era's name inside its own bar on the desktop drawing (${lang}, ${direction})`, () => {
      const eras = readEras(lang);
      expect(eras.length).toBeGreaterThan(0);
      const layout = layoutAxis(events, eras, { dates: english.dates, direction });
      const char = 7; // the layout's estimate for a 13 px sans character
      for (const band of layout.panels.flatMap((p) => p.eras)) {
        expect(band.labelAt, band.id).toBe('inside');
        const [left, right] = [Math.min(band.x, band.x2), Math.max(band.x, band.x2)];
        for (const line of band.lines) {
          const span = textSpan(band.labelX, band.labelAnchor, line.length * char, direction);
          expect(span.left, `${band.id}: "${line}"`).toBeGreaterThanOrEqual(left);
          expect(span.right, `${band.id}: "${line}"`).toBeLessThanOrEqual(right);
        }
        expect(band.lines.join(' '), band.id).toBe(band.name);
        // The bar holds every line.
        expect(band.barHeight).toBeGreaterThanOrEqual(band.lines.length * band.lineHeight);
      }
    });

    it(`keeps every hover label inside the phone drawing (${lang}, ${direction})`, () => {
      const layout = layoutAxis(events, readEras(lang), {
        dates: english.dates,
        direction,
        width: 288,
        eraText: 16,
      });
      for (const mark of layout.panels.flatMap((p) => p.marks)) {
        const span = textSpan(mark.labelX, mark.labelAnchor, labelWidth(mark.label), direction);
        expect(span.left, mark.id).toBeGreaterThanOrEqual(0);
        expect(span.right, mark.id).toBeLessThanOrEqual(288);
      }
    });
  }

  it('never lets two era bars in one lane overlap, after wrapping', () => {
    for (const { lang, direction } of editions) {
      const layout = layoutAxis(events, readEras(lang), { dates: english.dates, direction });
      for (const panel of layout.panels) {
        const rows = panel.eras.map((b) => ({
          top: b.y - b.barHeight / 2,
          bottom: b.y + b.barHeight / 2,
        }));
        for (let i = 0; i < rows.length; i++)
          for (let j = i + 1; j < rows.length; j++)
            expect(
              rows[i]!.bottom <= rows[j]!.top || rows[j]!.bottom <= rows[i]!.top,
              `${lang} ${panel.key}`,
            ).toBe(true);
        for (const row of rows) expect(row.bottom).toBeLessThanOrEqual(panel.marksTop);
      }
    }
  });
});

describe('the phone actor map of the real story', () => {
  const actors = readActors();
  const phone = busiestActors(
    actors,
    events.map((e) => ({ id: e.id, actors: e.actors })),
    14,
  );
  for (const direction of ['ltr', 'rtl'] as const) {
    it(`never lets two names overlap, nor leave the drawing (${direction})`, () => {
      const map = layoutActorMap(phone.actors, phone.events, 320, 400, direction, {
        height: 560,
        padX: 16,
      });
      const boxes = map.nodes.map((n) => ({ name: n.name, ...n.label.box }));
      expect(boxes.length).toBeGreaterThan(10);
      for (let i = 0; i < boxes.length; i++) {
        const a = boxes[i]!;
        expect(a.x, a.name).toBeGreaterThanOrEqual(0);
        expect(a.x + a.w, a.name).toBeLessThanOrEqual(320);
        for (let j = i + 1; j < boxes.length; j++) {
          const b = boxes[j]!;
          const apart =
            a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
          expect(apart, `${a.name} / ${b.name}`).toBe(true);
        }
      }
      // The box is where the text is drawn: its anchor sits on the box's edge or inside it.
      for (const n of map.nodes) {
        expect(n.label.x).toBeGreaterThanOrEqual(n.label.box.x - 0.1);
        expect(n.label.x).toBeLessThanOrEqual(n.label.box.x + n.label.box.w + 0.1);
      }
    });
  }
});
