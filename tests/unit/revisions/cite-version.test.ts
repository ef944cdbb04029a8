/**
 * "Cite this version": every format gives the version's address, and the styled ones name the
 * version in words from the i18n dictionary, never as a bare number.
 */
import { describe, expect, it } from 'vitest';
import { allCitations } from '../../../src/build/citations';
import { ui } from '../../../src/lib/i18n';
import type { CitableEntry } from '../../../src/lib/citations/formats';

const site = {
  name: 'A Sourced Timeline',
  publisher: 'The Sourced Timeline Project',
  language: 'en-GB',
};
const url = 'https://x.test/events/2025-05-15-review/v/2/';
const entry: CitableEntry = {
  id: '2025-05-15-review',
  title: 'Review finds no evidence',
  url,
  published: '2026-11-29',
  updated: '2026-12-02',
  version: { number: 2, words: ui.revisions.versionWords(2) },
};
const text = Object.fromEntries(allCitations(entry, site).map((c) => [c.key, c.text]));

describe('citing one version', () => {
  it('gives the version address in all seven formats', () => {
    expect(Object.keys(text)).toEqual([
      'apa',
      'mla',
      'chicago',
      'harvard',
      'bibtex',
      'ris',
      'csl-json',
    ]);
    for (const [key, value] of Object.entries(text)) expect(value, key).toContain(url);
  });

  it('names the version in words in MLA, Chicago, APA and Harvard', () => {
    expect(text.mla).toContain(`, ${ui.revisions.versionWords(2)},`);
    expect(text.chicago!.split('\n\n')[1]).toContain('Version 2.');
    expect(text.apa).toContain('[Version 2]');
    expect(text.harvard).toContain('[version 2]');
  });

  it('dates the citation by the version day', () => {
    expect(text.mla).toContain('2 Dec. 2026');
    expect(text.ris).toContain('DA  - 2026/12/02/');
  });

  it('keys and numbers the version in BibTeX, RIS and CSL-JSON', () => {
    expect(text.bibtex).toMatch(/^@misc\{2025-05-15-review-v2,/);
    expect(text.bibtex).toContain('version = {2}');
    expect(text.bibtex).toContain('note = {version 2}');
    expect(text.ris).toContain('ET  - version 2');
    expect(text.ris).toContain(`UR  - ${url}`);
    expect(JSON.parse(text['csl-json']!)[0]).toMatchObject({
      id: '2025-05-15-review-v2',
      version: '2',
      URL: url,
    });
  });

  it('leaves a citation of the page itself without a version', () => {
    const latest = Object.fromEntries(
      allCitations(
        { ...entry, version: undefined, url: 'https://x.test/events/2025-05-15-review/' },
        site,
      ).map((c) => [c.key, c.text]),
    );
    expect(latest.mla).not.toMatch(/version/i);
    expect(JSON.parse(latest['csl-json']!)[0]).not.toHaveProperty('version');
  });
});
