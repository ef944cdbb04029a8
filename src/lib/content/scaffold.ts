/**
 * New entries for `npm run new:event`, `new:actor` and `new:source`: the id an entry gets from
 * what the editor typed (the id rules of the README: an event's id starts with its start date at
 * its known precision, a source's reads `<publisher>-<date>-<slug>`), and the file text, valid
 * for every rule except that it is a draft (`draft: true`) holding placeholders marked
 * {@link PLACEHOLDER}, which the content check refuses once the draft mark is removed.
 *
 * Pure: `src/build/scaffold.ts` checks the ids against the content folder and writes the file.
 */
import { parseEventDate, yearOf } from './dates.ts';
import { ID_PATTERN } from './schema.ts';

/** Marks text the editor still has to write; a published entry containing it is refused. */
export const PLACEHOLDER = 'TODO:';

/**
 * Lower-case ASCII words joined by hyphens ("Brad Smith's office" → "brad-smiths-office").
 * @returns the slug; empty when the text has no letter or digit.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A YAML double-quoted string (JSON's string syntax is valid YAML). */
const q = (text: string) => JSON.stringify(text);

/**
 * The start of an EDTF date at its known precision, as an id begins: `2025-08-06`, `2025-08`,
 * `2022` (a season gives its year).
 * @throws Error (the date rules' message) for a date that is not valid EDTF.
 */
export function datePrefix(date: string): string {
  const start = parseEventDate(date).start;
  return start.precision === 'season' ? yearOf(start.iso) : start.iso;
}

/**
 * Checks that an id has the permanent shape.
 * @throws Error naming the id and the rule.
 */
export function assertId(id: string, example: string): string {
  if (!ID_PATTERN.test(id)) throw new Error(`"${id}" is not a valid id: use lower-case letters, digits and single hyphens, e.g. "${example}".`);
  return id;
}

/** An event's id: its start date, then the slug (`2026-01-15-example`). */
export function eventId(date: string, slug: string): string {
  return assertId(`${datePrefix(date)}-${slugify(slug)}`, '2025-08-06-million-calls-an-hour');
}

/** A source's id: publisher (without a leading "The"), date, slug (`guardian-2025-08-06-million-calls-an-hour`). */
export function sourceId(publisher: string, date: string, slug: string): string {
  return assertId(`${slugify(publisher.replace(/^the\s+/i, ''))}-${datePrefix(date)}-${slugify(slug)}`, 'guardian-2025-08-06-million-calls-an-hour');
}

/** What a new event needs. Dates are EDTF (`date`) and `YYYY-MM-DD` (`today`, the day of publication). */
export interface NewEvent {
  title: string;
  date: string;
  actors: readonly string[];
  sources: readonly string[];
  /** The evidence status; when undecided the draft starts at "alleged" with a placeholder to decide. */
  status?: string | undefined;
  summary?: string | undefined;
  today: string;
}

/** The text of a new event file: a draft with one cited paragraph to rewrite. */
export function eventFileText(e: NewEvent): string {
  return [
    '---',
    `title: ${q(e.title)}`,
    `date: ${q(e.date)}`,
    `summary: ${q(e.summary ?? `${PLACEHOLDER} one or two plain sentences, shown on the timeline.`)}`,
    ...(e.actors.length > 0
      ? ['actors:', ...e.actors.map((a) => `  - ${q(a)}`)]
      : [`actors: [] # ${PLACEHOLDER} actor ids (files in content/actors/)`]),
    e.sources.length > 0
      ? `sources: [${e.sources.map(q).join(', ')}]`
      : `sources: [] # ${PLACEHOLDER} source ids, most important first (files in content/sources/)`,
    e.status
      ? `status: ${q(e.status)}`
      : `status: "alleged" # ${PLACEHOLDER} decide: confirmed, reported, alleged, disputed or denied`,
    `published: ${q(e.today)}`,
    'draft: true',
    '---',
    e.sources.length > 0
      ? `${PLACEHOLDER} write what happened in neutral words, each paragraph ending with the sources that support it. <Cite source="${e.sources.join(' ')}" />`
      : // An editor's note needs no citation, so the draft builds before its sources are named.
        `<EditorsNote>${PLACEHOLDER} write what happened in neutral words, each paragraph ending with a Cite of the sources that support it; then remove this note.</EditorsNote>`,
    '',
  ].join('\n');
}

/** What a new actor needs. */
export interface NewActor {
  name: string;
  kind: string;
  description?: string | undefined;
}

/** The text of a new actor file: a draft with a profile to write. */
export function actorFileText(a: NewActor): string {
  return [
    '---',
    `name: ${q(a.name)}`,
    `kind: ${q(a.kind)}`,
    `description: ${q(a.description ?? `${PLACEHOLDER} one sentence: who or what this is, in relation to the story.`)}`,
    'draft: true',
    '---',
    `${PLACEHOLDER} a short neutral profile.`,
    '',
  ].join('\n');
}

/** What a new source needs. */
export interface NewSource {
  publisher: string;
  title: string;
  date: string;
  kind: string;
  language: string;
  url?: string | undefined;
  authors?: readonly string[] | undefined;
}

/** The text of a new source file (a draft); the address only when given (only when confirmed). */
export function sourceFileText(s: NewSource): string {
  return [
    `publisher: ${q(s.publisher)}`,
    `title: ${q(s.title)}`,
    ...(s.authors && s.authors.length > 0 ? [`authors: [${s.authors.map(q).join(', ')}]`] : []),
    `date: ${q(s.date)}`,
    ...(s.url ? [`url: ${q(s.url)}`] : []),
    `kind: ${q(s.kind)}`,
    `language: ${q(s.language)}`,
    'draft: true',
    '# The passages quoted from this source, word for word, each { text: "…" } (and date: "YYYY-MM-DD"',
    '# when the words are from a later update), one for every <Quote> citing it.',
    'excerpts: []',
    '',
  ].join('\n');
}
