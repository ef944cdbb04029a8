import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type ContentSet } from '../../../src/lib/content/integrity';
import { makeActorSchema, makeEventSchema, makeSourceSchema } from '../../../src/lib/content/schema';

const today = () => '2026-11-29';
const event = (id: string, data: Record<string, unknown> = {}) => ({
  id,
  file: `content/events/${id}.mdx`,
  data: makeEventSchema(today).parse({
    title: `Title of ${id}`,
    date: '2025-08-06',
    summary: 'S.',
    actors: ['microsoft'],
    sources: ['guardian-2025-08-06'],
    status: 'reported',
    published: '2026-11-29',
    ...data,
  }),
});
const actor = (id: string, data: Record<string, unknown> = {}) => ({
  id,
  file: `content/actors/${id}.md`,
  data: makeActorSchema().parse({ name: id, kind: 'company', description: 'D.', ...data }),
});
const source = (id: string, data: Record<string, unknown> = {}) => ({
  id,
  file: `content/sources/${id}.yaml`,
  data: makeSourceSchema(today).parse({ publisher: 'P', title: 'T', date: '2025-08-06', kind: 'news report', language: 'en', ...data }),
});
const base = (): ContentSet => ({
  events: [event('2025-08-06-report')],
  actors: [actor('microsoft'), actor('the-guardian', { kind: 'news outlet' })],
  sources: [source('guardian-2025-08-06', { publishedBy: ['the-guardian'] })],
});

describe('checkIntegrity', () => {
  it('finds nothing wrong in sound content', () => {
    expect(checkIntegrity(base())).toEqual([]);
  });
  it('reports an unknown actor with the file, the field and a suggestion', () => {
    const set = base();
    set.events = [event('2025-08-06-report', { actors: ['microsoft', 'the-guardain'] })];
    expect(checkIntegrity(set)).toEqual([
      {
        file: 'content/events/2025-08-06-report.mdx',
        field: 'actors[1]',
        message: 'Unknown actor id "the-guardain": no file content/actors/the-guardain.md. Did you mean "the-guardian"?',
      },
    ]);
  });
  it('reports an unknown source', () => {
    const set = base();
    set.events = [event('2025-08-06-report', { sources: ['nowhere-2025'] })];
    const [problem] = checkIntegrity(set);
    expect(problem).toMatchObject({ field: 'sources[0]' });
    expect(problem!.message).toContain('Unknown source id "nowhere-2025": no file content/sources/nowhere-2025.yaml');
  });
  it('names the missing file in the content folder being built (CONTENT_DIR), not always content/', () => {
    const set = base();
    set.events = [event('2025-08-06-report', { sources: ['nowhere-2025'] })];
    set.actors = [actor('microsoft'), actor('the-guardian', { kind: 'news outlet', memberOf: 'nobody' })];
    const messages = checkIntegrity(set, '/tmp/stories/next').map((p) => p.message);
    expect(messages.some((m) => m.startsWith('Unknown source id "nowhere-2025": no file /tmp/stories/next/sources/nowhere-2025.yaml.'))).toBe(true);
    expect(messages.some((m) => m.startsWith('Unknown actor id "nobody": no file /tmp/stories/next/actors/nobody.md.'))).toBe(true);
  });
  it('reports an actor or source listed twice', () => {
    const set = base();
    set.events = [event('2025-08-06-report', { actors: ['microsoft', 'microsoft'], sources: ['guardian-2025-08-06', 'guardian-2025-08-06'] })];
    expect(checkIntegrity(set).map((p) => p.field)).toEqual(['actors[1]', 'sources[1]']);
  });
  it('requires an event id to start with its date at its known precision', () => {
    const set = base();
    set.events = [event('million-calls'), event('2025-08-million-calls'), event('2025-million-calls'), event('2025-08-07-million-calls')];
    const bad = checkIntegrity(set).map((p) => p.file);
    expect(bad).toEqual(['content/events/million-calls.mdx', 'content/events/2025-08-07-million-calls.mdx']);
  });
  it('rejects ids that are not lower-case words joined by hyphens', () => {
    const set = base();
    set.actors.push(actor('Brad_Smith', { kind: 'person' }));
    expect(checkIntegrity(set)).toEqual([
      expect.objectContaining({ file: 'content/actors/Brad_Smith.md', field: 'id (file name)' }),
    ]);
  });
  it('reports an unknown parent, an unknown publisher and an affiliation loop', () => {
    const set = base();
    set.actors.push(actor('unit-8200', { memberOf: 'aman' }), actor('a', { memberOf: 'b' }), actor('b', { memberOf: 'a' }));
    set.sources.push(source('x-2025', { publishedBy: ['nobody'] }));
    const found = checkIntegrity(set);
    expect(found.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/actors/unit-8200.md memberOf',
      'content/actors/a.md memberOf',
      'content/actors/b.md memberOf',
      'content/sources/x-2025.yaml publishedBy[0]',
    ]);
    expect(found[1]!.message).toBe('Affiliation loops: a → b → a. Remove one memberOf.');
  });
  it('formats all problems as one message, one line each', () => {
    const text = formatProblems([
      { file: 'content/events/x.mdx', field: 'actors[0]', message: 'Unknown.' },
      { file: 'content/events/y.mdx', field: 'sources[0]', message: 'Unknown.' },
    ]);
    expect(text).toBe('The content has 2 problems:\n  content/events/x.mdx → actors[0]: Unknown.\n  content/events/y.mdx → sources[0]: Unknown.');
  });
});

describe('copied events', () => {
  it('reports two events with the same title and date', () => {
    const set = base();
    set.events = [event('2025-08-06-report', { title: 'Report' }), event('2025-08-06-report-copy', { title: 'Report' })];
    expect(checkIntegrity(set)).toEqual([
      { file: 'content/events/2025-08-06-report-copy.mdx', field: 'title', message: 'Same title and date as content/events/2025-08-06-report.mdx: is this a copy of that event? Merge them or make the titles distinct.' },
    ]);
  });
});
