/**
 * Rendering with a second dictionary leaves no English interface word behind: the layout (header,
 * navigation, footer), an event on the timeline, a date line, a source citation and the Cite this
 * block are rendered with a fake edition whose every word is `⟦key⟧`, in French dates, and the
 * output must contain none of the English dictionary's words (nor an English month name). A
 * component that imports the English words directly, or writes a word of its own, fails here.
 * The formatted citations inside Cite this are left out: the CSL styles write them with their own
 * locale's terms and month names.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import BaseLayout from '../../../src/layouts/BaseLayout.astro';
import TimelineEntry from '../../../src/components/TimelineEntry.astro';
import Time from '../../../src/components/Time.astro';
import SourceCitation from '../../../src/components/SourceCitation.astro';
import CiteThis from '../../../src/components/CiteThis.astro';
import {
  createEdition,
  english,
  englishDictionary,
  type Dictionary,
  type Edition,
} from '../../../src/lib/i18n';
import { parseEventDate } from '../../../src/lib/content/dates';
import { site } from '../../../src/site.config';

/** The same shape as `value`, every string replaced by `⟦path⟧`, every function returning it. */
function fake(value: unknown, path: string): unknown {
  if (typeof value === 'string') return `⟦${path}⟧`;
  if (typeof value === 'function') return () => `⟦${path}⟧`;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, fake(v, path ? `${path}.${k}` : k)]),
    );
  return value;
}

/** Every English fragment of the dictionary: its strings, and the fixed words of its templates. */
function englishFragments(dictionary: Dictionary): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(...value.split(/\{\w+\}/));
    else if (typeof value === 'function') {
      // Call with marker values, then keep the words around them.
      const args = Array.from({ length: Math.max(value.length, 2) }, (_, i) =>
        i % 2 ? 7 : '\u0001',
      );
      const result = (value as (...a: unknown[]) => unknown)(...args);
      // \u0001 is the marker put in for each argument above, so the split is on it by design.
      // eslint-disable-next-line no-control-regex
      if (typeof result === 'string') out.push(...result.split(/\u0001|\b7\b/));
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(dictionary);
  return [...new Set(out.map((s) => s.trim()).filter((s) => s.length >= 4 && /\p{L}{3}/u.test(s)))];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const fakeEdition: Edition = createEdition(
  'fr-FR',
  'ltr',
  () => fake(englishDictionary(english.format), '') as Dictionary,
);

/**
 * The page without what is not an interface word: the fake edition's own keys, the site's name
 * and description (configuration), inline code, class names, addresses and other machine attributes.
 */
function interfaceText(html: string): string {
  return (
    [site.name, site.tagline, site.publisher, site.licence.name]
      .reduce((text, s) => text.split(s).join(' '), html)
      .replace(/⟦[^⟧]*⟧/g, ' ⟦⟧ ')
      // The citations themselves (<pre>) are written by the CSL styles in their own locale's terms.
      .replace(/<pre[^>]*>[^<]*<\/pre>/g, ' ')
      // Inline scripts and styles (the theme script, the stylesheet) are code a reader never sees.
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(
        /\s(class|href|src|id|rel|type|datetime|hreflang|content|name|property|for|data-[\w-]+)="[^"]*"/g,
        ' ',
      )
  );
}

const event = {
  id: 'evenement-essai',
  title: 'Titre d’essai',
  date: parseEventDate('2025-08-06'),
  summary: 'Résumé d’essai.',
  status: 'reported' as const,
  sources: ['source-a', 'source-b'],
  tags: ['etiquette'],
};
const source = {
  publisher: 'Éditeur',
  title: 'Titre de la source',
  titleIsDescription: false,
  authors: ['Anne Dupont', 'Jean Martin', 'Zoé Roux'],
  date: parseEventDate('2025-08-06'),
  kind: 'investigation' as const,
  language: 'fr',
  url: 'https://example.org/a',
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (
  component: unknown,
  props: Record<string, unknown>,
  edition: Edition,
  slots?: Record<string, string>,
) =>
  container.renderToString(component as never, { props, slots: slots ?? {}, locals: { edition } });

const cases: [string, unknown, Record<string, unknown>, Record<string, string>?][] = [
  [
    'the layout (header, navigation, footer)',
    BaseLayout,
    { title: 'Titre', description: 'Description', current: 'timeline' },
    { default: '<p>Corps</p>' },
  ],
  [
    'an event on the timeline',
    TimelineEntry,
    { event, actors: [{ id: 'acteur', name: 'Acteur' }], anchor: true },
  ],
  ['the date line', Time, { date: parseEventDate('2021-10/2021-12') }],
  ['a source citation', SourceCitation, { source }],
  [
    'the Cite this block',
    CiteThis,
    {
      entry: {
        id: event.id,
        title: event.title,
        url: 'https://example.org/events/x/',
        published: '2025-08-06',
        summary: event.summary,
      },
      eventId: event.id,
    },
  ],
];

describe('a second dictionary leaves no English interface word', () => {
  const fragments = englishFragments(english.words);

  it('finds the English words when the English edition renders (the check can fail)', async () => {
    const html = interfaceText(
      await render(BaseLayout, { title: 'Titre', description: 'Description' }, english, {
        default: '<p>Corps</p>',
      }),
    );
    expect(fragments.filter((f) => html.includes(f))).toEqual(
      expect.arrayContaining(['Skip to content', 'Actors']),
    );
    expect(fragments.length).toBeGreaterThan(200);
  });

  for (const [what, component, props, slots] of cases) {
    it(`renders ${what} in the fake edition's words only`, async () => {
      const html = interfaceText(await render(component, props, fakeEdition, slots));
      expect(html).toContain('⟦');
      expect(fragments.filter((f) => html.includes(f))).toEqual([]);
      expect(MONTHS.filter((m) => html.includes(m))).toEqual([]);
    });
  }

  it('gives the page the edition’s language and direction', async () => {
    const html = await render(
      BaseLayout,
      { title: 'Titre', description: 'Description' },
      createEdition('fr-FR', 'rtl', () => fakeEdition.words),
      { default: '' },
    );
    expect(html).toContain('<html lang="fr-FR" dir="rtl">');
  });

  it('writes a day in the edition’s locale', async () => {
    const html = await render(Time, { day: '2025-09-25' }, fakeEdition);
    expect(html).toBe('<time datetime="2025-09-25" dir="auto">25 septembre 2025</time>');
  });

  it('writes lists of names and dates in the edition’s locale', async () => {
    const html = await render(SourceCitation, { source }, fakeEdition);
    expect(html).toContain(
      new Intl.ListFormat('fr-FR', { type: 'unit', style: 'short' }).format(source.authors),
    );
    expect(html).toContain('6 août 2025');
  });
});
