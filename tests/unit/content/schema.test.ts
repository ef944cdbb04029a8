import { describe, expect, it } from 'vitest';
import { makeActorSchema, makeEraSchema, makeEventSchema, makeSourceSchema } from '../../../src/lib/content/schema';

const today = () => '2026-11-29';
const eventSchema = makeEventSchema(today);
const sourceSchema = makeSourceSchema(today);
const actorSchema = makeActorSchema();

const validEvent = {
  title: 'Microsoft opens a formal outside review',
  date: '2025-08-15',
  summary: 'Microsoft said it would review the allegations.',
  actors: ['microsoft', { actor: 'covington-burling', role: 'participant' }],
  sources: ['microsoft-2025-05-15-statement'],
  status: 'confirmed',
  published: '2026-11-29',
};

/** The messages of a failed parse, each prefixed with its field path as Astro shows it. */
function problems(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('event schema', () => {
  it('accepts a valid event and normalises actors to { actor, role }', () => {
    const parsed = eventSchema.parse(validEvent);
    expect(parsed.actors).toEqual([
      { actor: 'microsoft', role: undefined },
      { actor: 'covington-burling', role: 'participant' },
    ]);
    expect(parsed.date.start.iso).toBe('2025-08-15');
    expect(parsed.tags).toEqual([]);
    expect(parsed.corrections).toEqual([]);
  });

  it('accepts unquoted YAML days and years (read as Date and number) without changing them', () => {
    const parsed = eventSchema.parse({ ...validEvent, date: 2022, published: new Date('2026-11-29T00:00:00Z') });
    expect(parsed.date.edtf).toBe('2022');
    expect(parsed.published).toBe('2026-11-29');
    expect(eventSchema.parse({ ...validEvent, date: new Date('2025-08-06T00:00:00Z') }).date.edtf).toBe('2025-08-06');
  });

  it.each([
    ['missing title', { title: undefined }, 'title: Expected a title, found nothing (the field is missing).'],
    ['date-like title', { title: new Date('2025-08-06T00:00:00Z') }, 'title: Expected a title, found a date (2025-08-06). YAML read it as something other than text: put the value in quotes.'],
    ['numeric summary', { summary: 42 }, 'summary: Expected a one- or two-sentence summary, found number 42.'],
    ['impossible date', { date: '2025-02-29' }, 'date: "2025-02-29" names a day that does not exist (2025-02-29)'],
    ['invalid EDTF', { date: 'August 2025' }, 'date: "August 2025" is not a valid EDTF date'],
    ['date after the build', { date: '2027-01-01' }, 'date: "2027-01-01" is after the day of the build (2026-11-29, UTC)'],
    ['interval ending after the build', { date: '2026-11-01/2026-12-31' }, 'ends after the day of the build'],
    ['unknown status', { status: 'rumoured' }, 'status: Unknown evidence status: found string "rumoured". Allowed: "confirmed", "reported", "alleged", "disputed", "denied".'],
    ['no sources', { sources: [] }, 'sources: Add at least 1 source ids.'],
    ['missing sources', { sources: undefined }, 'sources: Missing: add source ids.'],
    ['no actors', { actors: [] }, 'actors: Add at least 1 actor ids.'],
    ['badly shaped source id', { sources: ['The Guardian'] }, 'sources.0: Expected the id of an entry in content/sources/'],
    ['unknown role', { actors: [{ actor: 'microsoft', role: 'villain' }] }, 'actors.0'],
    ['unknown field', { author: 'x' }, 'Unknown field(s): author.'],
    ['published after the build', { published: '2027-01-01' }, 'published: "2027-01-01" is after the day of the build'],
    ['updated before published', { updated: '2026-01-01' }, 'updated: "2026-01-01" is before published (2026-11-29).'],
    ['correction without text', { corrections: [{ date: '2026-11-29' }] }, 'corrections.0.text: Expected the text of the correction, found nothing'],
  ])('rejects %s with a message naming the field', (_name, change, message) => {
    const found = problems(eventSchema, { ...validEvent, ...change });
    expect(found.join('\n')).toContain(message);
  });
});

describe('source schema', () => {
  const valid = {
    publisher: 'The Guardian',
    publishedBy: ['the-guardian'],
    title: 'Report',
    authors: ['Harry Davies'],
    date: '2025-08',
    kind: 'investigation',
    language: 'en',
  };
  it('accepts a source without an address (unconfirmed) and defaults', () => {
    const parsed = sourceSchema.parse(valid);
    expect(parsed.url).toBeUndefined();
    expect(parsed.titleIsDescription).toBe(false);
  });
  it.each([
    ['unknown kind', { kind: 'blog' }, 'kind: Unknown source kind'],
    ['relative url', { url: '/x' }, 'url: Expected an absolute http(s) address'],
    ['non-http url', { url: 'ftp://example.org/x' }, 'url: Expected an absolute http(s) address'],
    ['url on localhost', { url: 'http://localhost:4321/x' }, 'url: "http://localhost:4321/x" points to the editor\'s own machine or network'],
    ['url on a private network', { url: 'https://192.168.1.10/report.pdf' }, 'points to the editor\'s own machine or network, which readers cannot reach'],
    ['bad language', { language: 'English' }, 'language: Expected a language tag'],
    ['date-like publisher', { publisher: new Date('2025-01-01T00:00:00Z') }, 'put the value in quotes'],
    ['missing date', { date: undefined }, 'date: Expected an EDTF date as text, found nothing'],
  ])('rejects %s', (_name, change, message) => {
    expect(problems(sourceSchema, { ...valid, ...change }).join('\n')).toContain(message);
  });
});

describe('actor schema', () => {
  const valid = { name: 'Unit 8200', kind: 'military unit', description: 'A unit.', memberOf: 'military-intelligence-directorate' };
  it('accepts a valid actor', () => {
    expect(actorSchema.parse(valid).aliases).toEqual([]);
  });
  it.each([
    ['unknown kind', { kind: 'army' }, 'kind: Unknown actor kind: found string "army". Allowed: "organisation"'],
    ['missing name', { name: undefined }, 'name: Expected a name, found nothing'],
    ['bad wikidata', { wikidata: 'Unit8200' }, 'wikidata: Expected a Wikidata item id'],
    ['bad memberOf', { memberOf: 'Military Intelligence' }, 'memberOf: Expected the id of an entry in content/actors/'],
  ])('rejects %s', (_name, change, message) => {
    expect(problems(actorSchema, { ...valid, ...change }).join('\n')).toContain(message);
  });
});

describe('era schema', () => {
  const schema = makeEraSchema(() => '2026-11-29');
  it('accepts a named EDTF span with a description', () => {
    const era = schema.parse({ name: 'The review', date: '2025-08-15/2026-06-04', description: 'From the opening to the final update.' });
    expect(era.date.start.first).toBe('2025-08-15');
  });
  it('rejects a date that is not EDTF and an unknown field, saying what is allowed', () => {
    const bad = schema.safeParse({ name: 'X', date: 'summer 2025', description: 'D.' });
    expect(bad.error?.issues[0]?.path).toEqual(['date']);
    expect(bad.error?.issues[0]?.message).toMatch(/"summer 2025" is not a valid EDTF date/);
    const extra = schema.safeParse({ name: 'X', date: '2025', description: 'D.', colour: 'red' });
    expect(extra.error?.issues[0]?.message).toMatch(/Unknown field\(s\): colour. Allowed: name, date, description/);
  });
});
