/**
 * What follows the reading direction beyond the words: the arrows beside "previous" and "next".
 * Previous (earlier, back) points to where a line starts: left in English, right in Arabic and
 * Hebrew, where time on the axis also runs from right to left. The arrows are direction-neutral
 * characters, so they sit where the text puts them; only their drawing has to be chosen.
 */
import type { Edition } from './editions.ts';

/** The arrows of an edition's direction: `back` beside previous/earlier, `forward` beside next/later. */
export interface ReadingArrows {
  back: '←' | '→';
  forward: '←' | '→';
}

/**
 * The arrows for a direction (`edition.direction`): `ltr` ← back, → forward; `rtl` the reverse.
 * Also for chains read in order ("Unit 8200 → Military Intelligence Directorate"): use `forward`.
 */
export function readingArrows(direction: Edition['direction']): ReadingArrows {
  return direction === 'rtl' ? { back: '→', forward: '←' } : { back: '←', forward: '→' };
}

/**
 * Isolates text put into a sentence of the edition's words (an address, a name in another
 * script) with Unicode's isolate marks, so that its own direction never reorders the punctuation
 * around it: LRI…PDI for text known to run left to right (`ltr`: addresses, code), FSI…PDI for
 * text whose direction comes from its first letter (`auto`). For markup, prefer `<bdi>` or `dir`.
 * @param direction the edition's direction: a left-to-right edition gets `text` unchanged (its
 *   pages need no marks, and stay byte for byte as they were).
 */
export function isolate(text: string, direction: Edition['direction'], as: 'ltr' | 'auto'): string {
  if (direction === 'ltr') return text;
  return `${as === 'ltr' ? '\u2066' : '\u2068'}${text}\u2069`;
}
