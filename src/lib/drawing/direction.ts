/**
 * Drawings in a reading direction. Every drawing is laid out left to right and then, for a
 * right-to-left edition, mirrored: each x becomes `width - x` and every `text-anchor` stays as it
 * is, because the SVG carries `direction="rtl"`, under which `start` is a text's right end. So a
 * label that starts at its mark and runs into the drawing in English starts at the mirrored mark
 * and runs into the drawing in Arabic or Hebrew: never out of it (an unmirrored drawing under an
 * inherited `dir="rtl"` flips the anchors alone and pushes labels past the edge).
 */

/** A text direction, as `Edition.direction`. */
export type Direction = 'ltr' | 'rtl';

/** An SVG `text-anchor`. */
export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * Where an x of a left-to-right layout goes in the drawing for `direction`.
 * @param x user units from the left edge; @param width the drawing's width in user units.
 */
export function mirrorX(x: number, width: number, direction: Direction): number {
  return direction === 'rtl' ? Math.round((width - x) * 10) / 10 : x;
}

/**
 * The horizontal span a text covers, as SVG draws it: `textWidth` units wide, anchored at `x` with
 * `anchor`, in an SVG whose `direction` is `direction` (`start` is the left end in `ltr`, the
 * right end in `rtl`).
 * @returns the left and right edges in user units.
 */
export function textSpan(
  x: number,
  anchor: TextAnchor,
  textWidth: number,
  direction: Direction,
): { left: number; right: number } {
  if (anchor === 'middle') return { left: x - textWidth / 2, right: x + textWidth / 2 };
  const runsRight = (anchor === 'start') === (direction === 'ltr');
  return runsRight ? { left: x, right: x + textWidth } : { left: x - textWidth, right: x };
}
