/**
 * The locale-bound formatters an edition's dictionary and pages use: plurals through
 * `Intl.PluralRules`, lists through `Intl.ListFormat`, sorting through `Intl.Collator`. Each is
 * made from the edition's BCP 47 locale, so no caller names a language.
 */

/**
 * One message in each plural category the locale uses (`Intl.PluralRules`): English needs `one`
 * and `other`; Arabic uses all six. `{n}` stands for the count, `{name}` for a value passed in.
 * A category the locale selects but the entry lacks falls back to `other`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The formatters of one locale (see {@link createFormatters}). */
export interface Formatters {
  /** BCP 47 locale tag, e.g. `en-GB`. */
  locale: string;
  /**
   * The message for `n` in the locale's plural category, with `{n}` and each `{key}` of `values`
   * filled in. Counts are written as digits, as the English edition always has.
   */
  plural: (n: number, forms: PluralForms, values?: Record<string, string>) => string;
  /** Names joined the way the locale writes a list of authors (English: "A, B, C"). */
  names: (items: readonly string[]) => string;
  /**
   * The words between the items of a list of `count` in the order {@link names} writes them
   * (English `", "`; Arabic `"، و"`), for lists whose items are markup, such as links.
   * @returns `count − 1` separators.
   */
  separators: (count: number) => string[];
  /** Compares two strings in the locale's alphabetical order (for `Array.prototype.sort`). */
  compare: (a: string, b: string) => number;
  /** Lower-cases in the locale's rules (for sort keys). */
  lower: (text: string) => string;
}

/** Fills `{key}` placeholders of `template` from `values`; an unknown key is left as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * The formatters of `locale`.
 * @param locale BCP 47 tag; `Intl` throws a RangeError for a malformed one.
 */
export function createFormatters(locale: string): Formatters {
  const rules = new Intl.PluralRules(locale);
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
  const collator = new Intl.Collator(locale);
  return {
    locale,
    plural: (n, forms, values = {}) =>
      fill(forms[rules.select(n)] ?? forms.other, { ...values, n: String(n) }),
    names: (items) => list.format(items),
    separators: (count) =>
      count < 2
        ? []
        : list
            .formatToParts(Array.from({ length: count }, (_, i) => String(i)))
            .filter((part, i, parts) => part.type === 'literal' && i > 0 && i < parts.length - 1)
            .map((part) => part.value),
    compare: (a, b) => collator.compare(a, b),
    lower: (text) => text.toLocaleLowerCase(locale),
  };
}

/**
 * A plural entry as `data-*` attributes, for a script that counts in the browser:
 * `pluralData('results', { one, other })` gives `data-results-one` and `data-results-other`.
 */
export function pluralData(name: string, forms: PluralForms): Record<string, string> {
  return Object.fromEntries(
    Object.entries(forms).map(([category, text]) => [`data-${name}-${category}`, text]),
  );
}

/**
 * The message a script shows for `n`, read back from the attributes {@link pluralData} wrote, in
 * the plural category of `locale` (the page's `<html lang>`); `undefined` when there is none.
 * @param dataset the element's `dataset` (`data-results-one` is `resultsOne` there).
 */
export function pluralFromDataset(
  dataset: Record<string, string | undefined>,
  name: string,
  n: number,
  locale: string,
): string | undefined {
  const category = new Intl.PluralRules(locale).select(n);
  const key = (c: string) => `${name}${c[0]!.toUpperCase()}${c.slice(1)}`;
  return dataset[key(category)] ?? dataset[key('other')];
}
