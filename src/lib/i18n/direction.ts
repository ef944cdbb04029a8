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
