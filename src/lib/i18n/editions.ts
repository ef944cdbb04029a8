/**
 * The editions of the site: each is a locale, a text direction and a dictionary. The English
 * edition is the source and the default. A page in another edition sets `Astro.locals.edition`;
 * components read the edition with {@link editionOf}, never a dictionary file directly, so the
 * same components render every edition.
 */
import type { DateStyle } from '../content/dates';
import { englishDictionary, type Dictionary } from './en.ts';
import { createFormatters, type Formatters } from './format.ts';

/** One language edition: who reads it, in which direction, with which words. */
export interface Edition {
  /**
   * The language code (`en`, `ar`, `he`): the edition's folder of translations
   * (`content/translations/<code>/`) and, for every edition but the source, its URL prefix (`/ar/`).
   */
  code: string;
  /** BCP 47 locale tag, for `<html lang>`, `Intl` formatting, sorting and the search index. */
  locale: string;
  /** The language's name in itself (`العربية`, `עברית`, `English`), for the language switcher. */
  name: string;
  /** Text direction, for `<html dir>`. */
  direction: 'ltr' | 'rtl';
  /** Every word of the interface. */
  words: Dictionary;
  /** Plurals, lists and sorting in the edition's locale. */
  format: Formatters;
  /** How the edition writes dates (for `formatEventDate`, `formatDay`, `formatMonth`). */
  dates: DateStyle;
}

/**
 * Makes an edition from its locale, direction and dictionary function.
 * @param locale BCP 47 tag; its language subtag (`ar` of `ar-EG`) is the edition's `code`.
 * @param dictionary receives the locale's formatters, so its plural entries use the locale's rules.
 */
export function createEdition(
  locale: string,
  direction: 'ltr' | 'rtl',
  dictionary: (f: Formatters) => Dictionary,
): Edition {
  const format = createFormatters(locale);
  const words = dictionary(format);
  const code = locale.split('-')[0]!.toLowerCase();
  // The language's own name for itself, from the locale data, so no dictionary has to spell it.
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  return { code, locale, name, direction, words, format, dates: { locale, words: words.dates } };
}

/** The English edition (British English, left to right): the source text and the default. */
export const english: Edition = createEdition('en-GB', 'ltr', englishDictionary);

/**
 * The edition a component renders in: the one its page put in `Astro.locals.edition`, else English.
 * @param locals `Astro.locals` (typed loosely so that this stays free of Astro).
 */
export function editionOf(locals: { edition?: Edition | undefined } | undefined): Edition {
  return locals?.edition ?? english;
}
