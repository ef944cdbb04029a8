/**
 * Components in a right-to-left edition: the time axis and actor map carry `direction="rtl"` and
 * run time from right to left, previous and next point the way the page reads, and names, dates,
 * source titles, citations and addresses are isolated so their own direction never reorders a line.
 * The edition is a stand-in (English words, right to left): the rules depend on the direction only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import TimeAxis from '../../../src/components/TimeAxis.astro';
import ActorMap from '../../../src/components/ActorMap.astro';
import Pagination from '../../../src/components/Pagination.astro';
import Time from '../../../src/components/Time.astro';
import ActorLinks from '../../../src/components/ActorLinks.astro';
import SourceCitation from '../../../src/components/SourceCitation.astro';
import EditionFonts from '../../../src/components/EditionFonts.astro';
import { createEdition, english, englishDictionary, type Edition } from '../../../src/lib/i18n';
import { parseEventDate } from '../../../src/lib/content/dates';

const rtl: Edition = createEdition('he-IL', 'rtl', englishDictionary);
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (component: unknown, props: Record<string, unknown>, edition: Edition) =>
  container.renderToString(component as never, { props, locals: { edition } });

const events = [
  { id: 'first', title: 'The first event', date: parseEventDate('2022-03') },
  { id: 'second', title: 'The second event', date: parseEventDate('2025-08-06') },
  { id: 'third', title: 'The third event', date: parseEventDate('2026-05-01') },
];
const eras = [{ id: 'era', name: 'An era', date: parseEventDate('2022/2025') }];
const axis = { events, eras, href: (id: string) => `/events/${id}/`, caption: 'Caption' };

/** The x attributes of the marks' dots and bars, in document (time) order, per drawing. */
const markXs = (html: string) =>
  [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((svg) =>
    [...svg[0].matchAll(/data-event="([^"]+)"[\s\S]*?<(?:circle cx|rect x)="([\d.]+)"/g)].map(
      (m) => [m[1], Number(m[2])] as const,
    ),
  );

describe('the time axis and actor map in a right-to-left edition', () => {
  it('sets the direction on each SVG and draws later events further left', async () => {
    const html = await render(TimeAxis, axis, rtl);
    expect(html.match(/<svg[^>]*direction="rtl"/g)).toHaveLength(2);
    for (const marks of markXs(html)) {
      const x = new Map(marks);
      expect(x.get('first')!).toBeGreaterThan(x.get('second')!);
      expect(x.get('second')!).toBeGreaterThan(x.get('third')!);
    }
  });
  it('draws the same axis left to right in English', async () => {
    const html = await render(TimeAxis, axis, english);
    expect(html.match(/<svg[^>]*direction="ltr"/g)).toHaveLength(2);
    for (const marks of markXs(html)) {
      const x = new Map(marks);
      expect(x.get('first')!).toBeLessThan(x.get('third')!);
    }
  });
  it('keeps every bar and shade a positive width in both directions', async () => {
    for (const edition of [english, rtl]) {
      const html = await render(TimeAxis, axis, edition);
      const widths = [...html.matchAll(/<rect[^>]*\swidth="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
      expect(widths.length).toBeGreaterThan(4);
      expect(widths.filter((w) => !(w > 0))).toEqual([]);
    }
  });
  it('sets the direction on the actor map', async () => {
    const html = await render(
      ActorMap,
      {
        actors: [
          { id: 'a', name: 'Microsoft' },
          { id: 'b', name: 'Unit 8200' },
        ],
        events: [{ id: 'e', actors: ['a', 'b'] }],
        href: (id: string) => `/actors/${id}/`,
        limit: 10,
      },
      rtl,
    );
    expect(html).toMatch(/<svg[^>]*direction="rtl"/);
  });
});

describe('pagination follows the reading direction', () => {
  const props = { current: 2, last: 3, href: (n: number) => `/p/${n}/`, label: 'Pages' };
  it('points previous to the right and next to the left in a right-to-left edition', async () => {
    const html = await render(Pagination, props, rtl);
    expect(html).toMatch(/rel="prev"[^>]*>\s*→ Previous page/);
    expect(html).toMatch(/rel="next"[^>]*>\s*Next page ←/);
  });
  it('keeps the English arrows', async () => {
    const html = await render(Pagination, props, english);
    expect(html).toMatch(/rel="prev"[^>]*>\s*← Previous page/);
    expect(html).toMatch(/rel="next"[^>]*>\s*Next page →/);
  });
});

describe('mixed-direction text is isolated', () => {
  it('isolates a date', async () => {
    expect(await render(Time, { day: '2025-09-25' }, rtl)).toBe(
      '<time datetime="2025-09-25" dir="auto">25 בספטמבר 2025</time>',
    );
  });
  it('isolates each actor name inside its link, with nothing else changed', async () => {
    const html = await render(
      ActorLinks,
      {
        actors: [
          { id: 'unit-8200', name: 'Unit 8200' },
          { id: 'microsoft', name: 'Microsoft' },
        ],
      },
      rtl,
    );
    expect(html).toContain('<a href="/actors/unit-8200/"><bdi>Unit 8200</bdi></a>, ');
    expect(html).toContain('<a href="/actors/microsoft/"><bdi>Microsoft</bdi></a>');
  });
  it('isolates a source’s publisher, authors and title', async () => {
    const html = await render(
      SourceCitation,
      {
        source: {
          publisher: '+972 Magazine',
          title: 'A title',
          titleIsDescription: false,
          authors: ['Yuval Abraham'],
          date: parseEventDate('2025-08-06'),
          kind: 'investigation',
          language: 'en',
          url: 'https://example.org/a',
        },
      },
      rtl,
    );
    expect(html).toContain('<bdi>+972 Magazine</bdi></span>, \u2068Yuval Abraham\u2069, <time');
    expect(html).toContain('<cite><bdi>A title</bdi></cite>');
  });
});

describe('EditionFonts', () => {
  it('links the Arabic or Hebrew face on those editions only', async () => {
    const ar = createEdition('ar', 'rtl', englishDictionary);
    const he = createEdition('he', 'rtl', englishDictionary);
    expect(await render(EditionFonts, {}, ar)).toMatch(
      /<link rel="stylesheet" href="[^"]*arabic\.css[^"]*">/,
    );
    expect(await render(EditionFonts, {}, he)).toMatch(
      /<link rel="stylesheet" href="[^"]*hebrew\.css[^"]*">/,
    );
    expect((await render(EditionFonts, {}, english)).trim()).toBe('');
  });
});
