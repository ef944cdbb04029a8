/**
 * The content model's rules, as Zod schemas. They live here, in pure TypeScript, so that every
 * rule is unit-tested without Astro; `src/content.config.ts` wires them to the content folders.
 *
 * Identifiers that point to other entries (actors, sources) are plain strings here; whether each
 * one exists is checked across collections by `checkIntegrity` in `src/lib/content/integrity.ts`.
 *
 * Every message names what was found and what is allowed; Astro prefixes it with the file and the
 * field, so the editor sees all three.
 */
import { z } from 'zod';
import { DateError, latestDay, parseDay, parseEventDate, type EventDate } from './dates.ts';

/** The evidence statuses an event may carry, weakest claim last. Defined for readers on /about/. */
export const EVIDENCE_STATUSES = ['confirmed', 'reported', 'alleged', 'disputed', 'denied'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** What an actor is. */
export const ACTOR_KINDS = [
  'organisation',
  'company',
  'government body',
  'military unit',
  'news outlet',
  'campaign group',
  'person',
  'population',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** What part an actor plays in an event. */
export const ACTOR_ROLES = ['subject', 'participant', 'reporter', 'source of statement', 'mentioned'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** What kind of document a source is. */
export const SOURCE_KINDS = [
  'investigation',
  'news report',
  'statement',
  'email to staff',
  'regulatory filing',
  'letter',
  'complaint',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Lower-case words joined by hyphens, with at least one letter: the shape of every id (it becomes
 * part of a URL; a bare number would collide with the page numbers of long lists, `/sources/2/`).
 */
export const ID_PATTERN = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/;

function describe(value: unknown): string {
  if (value instanceof Date) return `a date (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10)})`;
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function oneOf(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/**
 * Non-empty text. A YAML value that looks like a date or number (`title: 2025-08-06`) is rejected
 * with advice to quote it, instead of being turned into text silently.
 */
export const text = (what = 'text') =>
  z.unknown().transform((value, ctx): string => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    const hint =
      value instanceof Date || typeof value === 'number' || typeof value === 'boolean'
        ? ' YAML read it as something other than text: put the value in quotes.'
        : '';
    ctx.addIssue({ code: 'custom', message: `Expected ${what}, found ${describe(value)}.${hint}` });
    return z.NEVER;
  });

/** One of a fixed list of words. */
const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.unknown().transform((value, ctx): T[number] => {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value;
    ctx.addIssue({ code: 'custom', message: `Unknown ${what}: found ${describe(value)}. Allowed: ${oneOf(values)}.` });
    return z.NEVER;
  });

/** An id of another entry (checked to exist by `checkIntegrity`). */
export const id = (collection: string) =>
  z.unknown().transform((value, ctx): string => {
    if (typeof value === 'string' && ID_PATTERN.test(value)) return value;
    ctx.addIssue({
      code: 'custom',
      message: `Expected the id of an entry in content/${collection}/ (lower-case words joined by hyphens, the file name without extension), found ${describe(value)}.`,
    });
    return z.NEVER;
  });

/**
 * Host names that only exist on the editor's own machine or network: a reader following the link
 * would reach nothing, or their own machine. `localhost` and `*.localhost`, `*.local`,
 * `*.internal`, loopback, private, link-local and unspecified IPv4 and IPv6 addresses (RFC 1918,
 * RFC 3927, RFC 4193, RFC 6761).
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || /\.(localhost|local|internal)$/.test(host)) return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  return host === '::' || host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host);
}

/** A web address readers can reach: not on `localhost` or a private network ({@link isPrivateHost}). */
const publicAddress = (schema: z.ZodURL) =>
  schema.refine((value) => !URL.canParse(value) || !isPrivateHost(new URL(value).hostname), {
    error: (issue) => `"${String(issue.input)}" points to the editor's own machine or network, which readers cannot reach; give the published address.`,
  });

/**
 * An EDTF date that is valid, possible and not after `today`.
 * @param today returns the day of the build, `YYYY-MM-DD` (UTC); `src/build/build-day.ts` gives it.
 */
export const edtfDate = (today: () => string) =>
  z.unknown().transform((value, ctx): EventDate => {
    // YAML reads an unquoted day (2025-08-06) as a Date at UTC midnight: that is lossless, so accept it.
    // Likewise an unquoted year (2022) is read as a number: accept four-digit years.
    const raw =
      value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().slice(0, 10)
        : typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999
          ? String(value)
          : value;
    if (typeof raw !== 'string') {
      ctx.addIssue({ code: 'custom', message: `Expected an EDTF date as text, found ${describe(value)}.` });
      return z.NEVER;
    }
    try {
      const parsed = parseEventDate(raw);
      const now = today();
      if (parsed.start.first > now) {
        ctx.addIssue({ code: 'custom', message: `"${raw}" is after the day of the build (${now}, UTC); dates must be in the past. Give the day it happened (a planned event is added once it has happened), or check the clock of the machine that builds.` });
        return z.NEVER;
      }
      if (latestDay(parsed) > now && parsed.end !== null && parsed.end !== 'open' && parsed.end.precision === 'day') {
        ctx.addIssue({ code: 'custom', message: `"${raw}" ends after the day of the build (${now}, UTC); use an open end ("${parsed.start.iso}/..") for something still going on.` });
        return z.NEVER;
      }
      return parsed;
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof DateError ? error.message : String(error) });
      return z.NEVER;
    }
  });

/** A calendar day (`YYYY-MM-DD`) not after `today()` (the day of the build, UTC). */
export const day = (today: () => string) =>
  z.unknown().transform((value, ctx): string => {
    try {
      const parsed = parseDay(value);
      if (parsed > today()) {
        ctx.addIssue({ code: 'custom', message: `"${parsed}" is after the day of the build (${today()}, UTC).` });
        return z.NEVER;
      }
      return parsed;
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof DateError ? error.message : String(error) });
      return z.NEVER;
    }
  });

/** A list that must be present (possibly with a minimum length) and whose items follow `item`. */
const list = <T extends z.ZodType>(item: T, what: string, min = 0) =>
  z
    .array(item, { error: (issue) => (issue.input === undefined ? `Missing: add ${what}.` : `Expected a list of ${what}, found ${describe(issue.input)}.`) })
    .min(min, { error: `Add at least ${min} ${what}.` });

/** An actor named in an event, with the part they play. */
export const eventActorSchema = z.union(
  [
    id('actors').transform((actor) => ({ actor, role: undefined as ActorRole | undefined })),
    z.strictObject({ actor: id('actors'), role: choice(ACTOR_ROLES, 'role').optional() }),
  ],
  { error: `Each actor is an actor id ("microsoft") or { actor: "microsoft", role: one of ${oneOf(ACTOR_ROLES)} }.` },
);

/** A dated correction to an event, shown on its page; its day is not after `today()`. */
export const makeCorrectionSchema = (today: () => string) => z.strictObject({ date: day(today), text: text('the text of the correction') });

/** Builds the schema of an event's front matter; `today` is injectable for tests. */
export const makeEventSchema = (today: () => string) =>
  z.strictObject(
    {
      /** Headline of the event: what happened, in neutral words. */
      title: text('a title'),
      /** When it happened, as an EDTF string at the precision that is known. */
      date: edtfDate(today),
      /** One or two plain sentences shown on the timeline. */
      summary: text('a one- or two-sentence summary'),
      /** Who took part, each an actor id or { actor, role }; at least one once published (a draft may have none yet). */
      actors: list(eventActorSchema, 'actor ids'),
      /** Ids of the sources that support the event; at least one once published (a draft may have none yet). */
      sources: list(id('sources'), 'source ids'),
      /** How well the event is established. */
      status: choice(EVIDENCE_STATUSES, 'evidence status'),
      /** Optional nuance to the status, e.g. "disputed by Microsoft on what its CEO knew". */
      statusNote: text('a note on the evidence status').optional(),
      /** Free keywords for grouping. */
      tags: list(id('tags'), 'tags').default([]),
      /** Day the entry was first published. */
      published: day(today),
      /** Day the entry was last changed in substance (omit when never updated). */
      updated: day(today).optional(),
      /** Corrections, oldest first. */
      corrections: list(makeCorrectionSchema(today), 'corrections').default([]),
      draft: draft(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}. Allowed: title, date, summary, actors, sources, status, statusNote, tags, published, updated, corrections, draft.` : undefined) },
  ).superRefine((event, ctx) => {
    // A draft is work in progress: it may wait for its actors and sources; a published event
    // names at least one of each.
    if (!event.draft) {
      if (event.actors.length === 0) ctx.addIssue({ code: 'custom', path: ['actors'], message: 'Add at least 1 actor ids.' });
      if (event.sources.length === 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'Add at least 1 source ids.' });
    }
    if (event.updated && event.updated < event.published) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `"${event.updated}" is before published (${event.published}).` });
    }
    event.corrections.forEach((c, i) => {
      if (c.date < event.published) ctx.addIssue({ code: 'custom', path: ['corrections', i, 'date'], message: `"${c.date}" is before published (${event.published}).` });
    });
  });

/** Builds the schema of an actor's front matter. */
export const makeActorSchema = () =>
  z.strictObject(
    {
      /** Name as readers know it. */
      name: text('a name'),
      kind: choice(ACTOR_KINDS, 'actor kind'),
      /** One sentence: who or what this is, in relation to the story. */
      description: text('a one-sentence description'),
      /** The actor this one is part of (Unit 8200 → Military Intelligence Directorate). */
      memberOf: id('actors').optional(),
      /** Other names and spellings. */
      aliases: list(text('an alias'), 'aliases').default([]),
      /** Official website, only where the dossier gives it. */
      website: publicAddress(z.url({ protocol: /^https?$/, error: 'Expected an absolute web address (https://…).' })).optional(),
      /** Wikidata item id, e.g. "Q2283", only where verified. */
      wikidata: z.string().regex(/^Q\d+$/, { error: 'Expected a Wikidata item id such as "Q2283".' }).optional(),
      draft: draft(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}. Allowed: name, kind, description, memberOf, aliases, website, wikidata, draft.` : undefined) },
  );

/**
 * A passage quoted from a source, copied word for word from the research file. Every `<Quote>`
 * citing the source must be one of them (`src/lib/story/quotes.ts`); `date` is the day the words
 * were said when it is not the source's own date (a later update), as `<Quote date>`.
 */
export const makeExcerptSchema = (today: () => string) =>
  z.strictObject(
  { text: text('the exact words quoted'), date: day(today).optional() },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s) in an excerpt: ${issue.keys.join(', ')}. Allowed: text, date.` : issue.input === undefined || typeof issue.input !== 'object' ? 'Each excerpt is { text: "the exact words", date: "YYYY-MM-DD" } (date only when the words are not from the source\'s own date).' : undefined) },
);

/** `draft: true` keeps an entry out of the published site (shown only in `npm run dev`). */
const draft = () => z.boolean({ error: 'Expected true or false: draft: true keeps the entry out of the published site.' }).default(false);

/** Builds the schema of a source entry. */
export const makeSourceSchema = (today: () => string) =>
  z.strictObject(
    {
      /** Publisher as cited ("The Guardian"). */
      publisher: text('the publisher’s name'),
      /** Actor ids of the publishing organisations, where they are actors in the story. */
      publishedBy: list(id('actors'), 'actor ids').default([]),
      /** The headline or document title as published; or, with titleIsDescription, our description of it. */
      title: text('a title'),
      /** True when the real title is not known and `title` is our description (shown in brackets). */
      titleIsDescription: z.boolean({ error: 'Expected true or false.' }).default(false),
      /** Bylines as published; empty when there is none. */
      authors: list(text('an author’s name'), 'author names').default([]),
      /** Date of publication, EDTF at the precision known. */
      date: edtfDate(today),
      /** Canonical web address; only where the dossier marks it confirmed. */
      url: publicAddress(z.url({ protocol: /^https?$/, error: 'Expected an absolute http(s) address, or leave url out when it is not confirmed.' })).optional(),
      kind: choice(SOURCE_KINDS, 'source kind'),
      /** BCP 47 language of the source, e.g. "en", "he". */
      language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'Expected a language tag such as "en" or "he".' }),
      /** A note for readers on the source itself (e.g. "Byline not confirmed."). */
      note: text('a note').optional(),
      /** The passages quoted from this source, word for word. */
      excerpts: list(makeExcerptSchema(today), 'excerpts').default([]),
      draft: draft(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}. Allowed: publisher, publishedBy, title, titleIsDescription, authors, date, url, kind, language, note, excerpts, draft.` : undefined) },
  );

/**
 * Builds the schema of an era (`content/eras/<id>.yaml`): a named period shaded on the visual
 * timeline, such as the years a system was in operation. Define eras only from sourced facts.
 */
export const makeEraSchema = (today: () => string) =>
  z.strictObject(
    {
      /** Short name shown on the timeline ("The call archive on Azure"). */
      name: text('a short name'),
      /** The period, as an EDTF interval ("2022/2025-09-25") or a single date; an open end ("2022/..") runs to the end of the drawing. */
      date: edtfDate(today),
      /** One sentence: what the period is and which events bound it. */
      description: text('a one-sentence description'),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}. Allowed: name, date, description.` : undefined) },
  );

/**
 * Builds the schema of a long page's front matter (`content/pages/<id>.mdx`, e.g. the about page):
 * the page's title (its `<h1>`) and its one-sentence description, in which `{site}` stands for the
 * site's name. The body is the page's text.
 */
export const makePageSchema = () =>
  z.strictObject(
    {
      title: text('a title'),
      description: text('a one-sentence description'),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}. Allowed: title, description.` : undefined) },
  );

export type EventData = z.output<ReturnType<typeof makeEventSchema>>;
export type ActorData = z.output<ReturnType<typeof makeActorSchema>>;
export type SourceData = z.output<ReturnType<typeof makeSourceSchema>>;
export type EraData = z.output<ReturnType<typeof makeEraSchema>>;
export type PageData = z.output<ReturnType<typeof makePageSchema>>;
