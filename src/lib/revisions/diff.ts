/**
 * The difference between two revisions as readers see it: each revision turned into readable
 * text (its fields, one a line, then its text with the editors' components reduced to what they
 * show), and the two texts compared word by word with the `diff` package (jsdiff's `diffWords`,
 * Myers' algorithm), so the history page can mark insertions and deletions with `<ins>`/`<del>`.
 */
import { diffWords } from 'diff';

/** A run of text the two revisions share, or one inserted or deleted. */
export interface DiffPart {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

/**
 * Word-level difference (whitespace between words is kept with them, so the parts joined give
 * either text back: the `same` and `del` parts make `before`, the `same` and `ins` parts `after`).
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({
    kind: c.added ? 'ins' : c.removed ? 'del' : 'same',
    text: c.value,
  }));
}

/** What readers see of a revision besides its text, already in words (labels and values). */
export interface ReadableFields {
  /** `[label, value]` in display order: title, date, summary, evidence status, actors, sources… */
  fields: readonly (readonly [label: string, value: string])[];
  /** The MDX text of the revision (no front matter). */
  body: string;
}

/**
 * An MDX text as readable words: `<Cite source="a b" at="x" />` becomes `[a, b, x]`, a speaker's
 * component (`<Quote by="microsoft" …>`) begins with `(microsoft)`, every other tag is dropped and
 * its text kept; blank lines between paragraphs stay.
 */
export function readableBody(mdx: string): string {
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  return mdx
    .replace(
      /<Cite\b[^>]*\/>/g,
      (tag) =>
        `[${[...(attr(tag, 'source') ?? '').split(/\s+/).filter(Boolean), ...(attr(tag, 'at') ? [attr(tag, 'at')!] : [])].join(', ')}]`,
    )
    .replace(/<[A-Z][A-Za-z]*\b[^>]*>/g, (tag) => (attr(tag, 'by') ? `(${attr(tag, 'by')}) ` : ''))
    .replace(/<\/[A-Z][A-Za-z]*>/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A revision as one readable text: `Label: value` lines, a blank line, then its text. */
export function readableRevision(revision: ReadableFields): string {
  return `${revision.fields.map(([label, value]) => `${label}: ${value}`).join('\n')}\n\n${readableBody(revision.body)}\n`;
}

/** The word-level difference between two revisions (see `readableRevision`). */
export function revisionDiff(before: ReadableFields, after: ReadableFields): DiffPart[] {
  return wordDiff(readableRevision(before), readableRevision(after));
}
