/**
 * The Hebrew dictionary, built as an edition: counts take the `he` plural categories (`one`, `two`,
 * `other`), dates come out in Hebrew month names with Western digits, and the EDTF words wrap them.
 */
import { describe, expect, it } from 'vitest';
import { createEdition, englishDictionary, english } from '../../../src/lib/i18n';
import { hebrewDictionary } from '../../../src/lib/i18n/he';
import { formatEventDate, parseEventDate } from '../../../src/lib/content/dates';

const hebrew = createEdition('he', 'rtl', hebrewDictionary);

/** Every key path of a nested object, functions and strings alike. */
function keys(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => keys(v, path ? `${path}.${k}` : k));
  return [path];
}

describe('the Hebrew edition', () => {
  it('has every key of the English dictionary', () => {
    expect(keys(hebrew.words).sort()).toEqual(keys(englishDictionary(english.format)).sort());
  });

  it('counts one as a word, two and more as digits', () => {
    const { timeline, actor } = hebrew.words.ui;
    expect(timeline.sources(1)).toBe('מקור אחד');
    expect(timeline.sources(2)).toBe('2 מקורות');
    expect(timeline.sources(0)).toBe('0 מקורות');
    expect(actor.eventsCount(11)).toBe('11 אירועים');
    expect(actor.eventsCount(100)).toBe('100 אירועים');
    expect(hebrew.words.ui.embed.earlier(1)).toBe('אירוע מוקדם אחד נמצא בציר הזמן המלא.');
  });

  it('fills values beside the count', () => {
    expect(hebrew.words.ui.years.intro('2025', 3)).toBe('3 אירועים בשנת 2025, מהישן לחדש.');
  });

  it('writes dates in Hebrew with Western digits, the EDTF words around them', () => {
    const date = (edtf: string) => formatEventDate(parseEventDate(edtf), hebrew.dates);
    expect(date('2025-08-06')).toBe('6 באוגוסט 2025');
    expect(date('2025-08-08~')).toBe('בסביבות 8 באוגוסט 2025');
    expect(date('2021-10/2021-12')).toBe('סוף 2021');
    expect(date('2021-23')).toBe('סתיו 2021');
    expect(date('2025-08-07/..')).toBe('החל מ־7 באוגוסט 2025');
  });

  it('leaves no English word but names of formats, tools and code', () => {
    // `{shown}`-style placeholders are filled in by the browser scripts, so they are not words.
    // Azure is the glossary's name; the citation styles keep their own names in Latin letters.
    const allowed = new Set(
      'BibTeX RIS TimeMap Memento link JSON Feed Schema RSS Atom Wayback Machine EDTF TimelineJS unique_id JavaScript draft true actor microsoft bib ris Azure APA MLA Chicago Harvard Cite Them Right CSL'.split(
        ' ',
      ),
    );
    const latin = (value: unknown): string[] => {
      if (typeof value === 'string')
        return value.replace(/\{\w+\}/g, '').match(/[A-Za-z_]{2,}/g) ?? [];
      if (typeof value === 'function')
        return latin((value as (...a: number[]) => unknown)(2, 2, 2));
      if (value && typeof value === 'object') return Object.values(value).flatMap(latin);
      return [];
    };
    expect(latin(hebrew.words).filter((word) => !allowed.has(word))).toEqual([]);
  });

  it('reads right to left', () => {
    expect(hebrew.direction).toBe('rtl');
  });
});
