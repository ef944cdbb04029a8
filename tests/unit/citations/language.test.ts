/**
 * Citations of a translated page carry its language: CSL-JSON `language`, RIS `LA`, BibTeX
 * `language` and `langid`, and citation-js (the parser behind many reference tools) reads the
 * language back from each; without a language asked for, the exports are as they always were.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { biblatexLangid, citationFormats } from '../../../src/lib/citations/formats';

const { bibtex, ris, cslJson } = citationFormats();
const site = { name: 'The site', publisher: 'The publisher', language: 'en-GB' };
const entry = {
  id: 'an-event',
  title: 'عنوان الحدث',
  url: 'https://example.org/ar/events/an-event/',
  published: '2025-08-06',
};
const read = (input: string) =>
  (new Cite(input).format('data', { format: 'object' }) as { language?: string }[])[0]!;

describe('citation language', () => {
  it('keeps today’s exports when no language is asked for', () => {
    expect(bibtex(entry, site)).not.toMatch(/language|langid/);
    expect(ris(entry, site)).toContain('LA  - en-GB');
    expect(JSON.parse(cslJson(entry, site))[0].language).toBe('en-GB');
  });

  for (const [language, langid] of [
    ['ar', 'arabic'],
    ['he', 'hebrew'],
  ] as const) {
    it(`carries ${language} in every export, and citation-js reads it back`, () => {
      const asked = { ...entry, language };
      const bib = bibtex(asked, site);
      expect(bib).toContain(`\tlanguage = {${language}},\n\tlangid = {${langid}},\n}`);
      expect(ris(asked, site)).toContain(`LA  - ${language}`);
      expect(ris(asked, site)).not.toContain('LA  - en-GB');
      expect(JSON.parse(cslJson(asked, site))[0].language).toBe(language);
      expect(read(bib).language).toBe(language);
      expect(read(ris(asked, site)).language).toBe(language);
      expect(read(cslJson(asked, site)).language).toBe(language);
    });
  }

  it('writes a translated title in its own script in BibTeX, and citation-js reads it back', () => {
    for (const [language, title] of [
      ['ar', 'عنوان الحدث عن Azure والوحدة 8200'],
      ['he', 'כותרת האירוע על Azure ויחידה 8200'],
    ] as const) {
      const bib = bibtex({ ...entry, title, language }, site);
      expect(bib).toContain(title.split(' ')[0]);
      expect(
        (new Cite(bib).format('data', { format: 'object' }) as { title: string }[])[0]!.title,
      ).toBe(title);
    }
    // Without a language the record stays ASCII with LaTeX escapes, as it always was, and the
    // setting does not leak from one record to the next.
    expect(bibtex({ ...entry, title: 'Café ‘quoted’' }, site)).not.toMatch(/[^\t\n -~]/);
  });

  it('keeps the version field beside the language in BibTeX', () => {
    const bib = bibtex({ ...entry, language: 'he', version: { number: 2, words: 'גרסה 2' } }, site);
    expect(bib).toMatch(/\tversion = \{2\},\n\tlanguage = \{he\},\n\tlangid = \{hebrew\},\n\}$/);
    expect(new Cite(bib).format('data', { format: 'object' })).toHaveLength(1);
  });

  it('names biblatex’s language by tag or by language, and none it does not know', () => {
    expect(biblatexLangid('en-GB')).toBe('british');
    expect(biblatexLangid('ar-EG')).toBe('arabic');
    expect(biblatexLangid('he')).toBe('hebrew');
    expect(biblatexLangid('tlh')).toBeUndefined();
  });
});
