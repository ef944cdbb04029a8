/**
 * The rules that tie a translation to its English entry: strict schemas with clear messages, the
 * event and revision it names must exist, the citations must be the English ones in the same
 * order, and a `<Q>` must keep the English words verbatim.
 */
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  checkEventTranslation,
  compareCitations,
  isOutdated,
  makeEventTranslationSchema,
  makeSourceTranslationSchema,
  parseTranslationPath,
  makeTagTranslationSchema,
} from '../../../src/lib/content/translation';
import { checkBody, type BodyContext, type BodyNode } from '../../../src/lib/story/event-body';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.message);

describe('the translation schemas', () => {
  const event = makeEventTranslationSchema();
  const valid = { translates: 1, review: 'machine-assisted', title: 'ع', summary: 'م' };

  it('accept a complete event translation', () => {
    expect(event.safeParse(valid).success).toBe(true);
  });

  it('refuse an unknown field, naming it and the allowed ones', () => {
    const found = messages(event.safeParse({ ...valid, date: '2025' }));
    expect(found.join(' ')).toContain('Unknown field(s): date');
    expect(found.join(' ')).toContain('Allowed: translates, review, title, summary');
  });

  it('refuse a review state other than the two, and a translates that is no revision number', () => {
    expect(messages(event.safeParse({ ...valid, review: 'done' })).join(' ')).toContain(
      '"machine-assisted" or "reviewed"',
    );
    expect(messages(event.safeParse({ ...valid, translates: 'latest' })).join(' ')).toContain(
      'the number of the English revision translated',
    );
  });

  it('let a source translation carry only its review, note and descriptive title', () => {
    const source = makeSourceTranslationSchema();
    expect(source.safeParse({ review: 'reviewed', note: 'ن' }).success).toBe(true);
    expect(messages(source.safeParse({ review: 'reviewed', url: 'x' })).join(' ')).toContain(
      'Unknown field(s): url',
    );
  });

  it('read the language, kind and English id from the path', () => {
    expect(parseTranslationPath('ar/events/2025-08-06-x.mdx')).toEqual({
      code: 'ar',
      kind: 'events',
      id: '2025-08-06-x',
    });
    expect(parseTranslationPath('ar/2025-08-06-x.mdx')).toBeUndefined();
    expect(parseTranslationPath('he/tags/cloud-contracts.yaml')).toEqual({
      code: 'he',
      kind: 'tags',
      id: 'cloud-contracts',
    });
  });

  it('a tag translation holds a label and its review state, nothing else', () => {
    const tag = makeTagTranslationSchema();
    expect(tag.safeParse({ review: 'machine-assisted', label: 'مراقبة' }).success).toBe(true);
    expect(messages(tag.safeParse({ review: 'machine-assisted' })).join(' ')).toContain(
      'the translated label of the tag',
    );
    expect(
      messages(tag.safeParse({ review: 'machine-assisted', label: 'x', slug: 'y' })).join(' '),
    ).toContain('Unknown field(s): slug');
  });
});

describe('an event translation against its English event', () => {
  const english = { revisions: [1, 2], corrections: [] };
  const facts = (data: object, en: object | undefined = english) => ({
    file: 'content/translations/ar/events/2025-08-06-x.mdx',
    id: '2025-08-06-x',
    data: { translates: 2, ...data },
    english: en as never,
    eventIds: ['2025-08-06-x', '2025-08-07-y'],
  });

  it('passes when the event and the revision exist', () => {
    expect(checkEventTranslation(facts({}))).toEqual([]);
  });

  it('stops a translation of an event that does not exist, naming the file and the fix', () => {
    const [problem, ...rest] = checkEventTranslation({
      ...facts({}),
      english: undefined,
      id: '2025-08-06-z',
    });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'content/translations/ar/events/2025-08-06-x.mdx',
      field: 'file name',
    });
    expect(problem!.message).toContain('"2025-08-06-z" that does not exist');
    expect(problem!.fix).toContain('did you mean "2025-08-06-x"');
  });

  it('stops a translates naming a revision that does not exist, with the latest as the fix', () => {
    const [problem] = checkEventTranslation(facts({ translates: 3 }));
    expect(problem).toMatchObject({ field: 'translates' });
    expect(problem!.message).toContain('revision 3');
    expect(problem!.fix).toContain('2');
  });

  it('asks for the status note and the corrections exactly when the English has them', () => {
    const withNote = { ...english, statusNote: 'Reported.', corrections: [{}, {}] };
    const fields = checkEventTranslation(facts({ corrections: ['ت'] }, withNote)).map(
      (p) => p.field,
    );
    expect(fields).toEqual(['statusNote', 'corrections']);
  });

  it('knows a translation of an earlier revision is outdated', () => {
    expect(isOutdated(1, 2)).toBe(true);
    expect(isOutdated(2, 2)).toBe(false);
    expect(isOutdated(1, undefined)).toBe(false);
  });
});

describe('the citations of a translation', () => {
  const file = 'content/translations/he/events/x.mdx';
  const english = [['a'], ['b', 'c'], ['a']];

  it('agree when they are the English ones in the same order', () => {
    expect(compareCitations(file, english, [['a'], ['b', 'c'], ['a']])).toBeNull();
  });

  it('stop a dropped citation', () => {
    const problem = compareCitations(file, english, [['a'], ['b', 'c']]);
    expect(problem?.message).toContain('drops citation 3');
    expect(problem?.field).toBe('text');
  });

  it('stop an added citation', () => {
    expect(compareCitations(file, english, [...english, ['d']])?.message).toContain(
      'adds citation 4',
    );
  });

  it('stop reordered citations and reordered sources within one', () => {
    expect(compareCitations(file, english, [['b', 'c'], ['a'], ['a']])?.message).toContain(
      'as citation 1',
    );
    expect(compareCitations(file, english, [['a'], ['c', 'b'], ['a']])?.message).toContain(
      '"c b" as citation 2',
    );
  });
});

describe('<Q> and <Quote> in a translation', () => {
  const context: BodyContext = {
    isEvent: true,
    listed: ['src-a'],
    isActor: (id) => id === 'microsoft',
    actorFile: (id) => `content/actors/${id}.md`,
    source: (id) =>
      id === 'src-a' ? { date: '2025-08-06', excerpts: [{ text: 'no evidence to date' }] } : undefined,
    englishQuotations: ['a million calls an hour'],
  };
  const problems = (mdx: string) =>
    checkBody(mdxToMdast(mdx) as unknown as BodyNode, context).problems.map(
      (p) => `${p.field} ${p.message}`,
    );

  it('accepts a <Q> with the words the English text quotes, or an excerpt of its source', () => {
    expect(
      problems(
        'قال <Q source="src-a" translation="مليون">a million calls an hour</Q>. <Cite source="src-a" />\n\nو <Q source="src-a" translation="لا دليل">no evidence to date</Q>. <Cite source="src-a" />',
      ),
    ).toEqual([]);
  });

  it('stops a <Q> whose English words were changed', () => {
    const found = problems(
      'قال <Q source="src-a" translation="مليون">a million calls a day</Q>. <Cite source="src-a" />',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('<Q> <Q> quotes "a million calls a day"');
  });

  it('stops a <Q> without a translation or with a source the event does not list', () => {
    expect(
      problems('<Q source="src-a">a million calls an hour</Q>. <Cite source="src-a" />'),
    ).toEqual(['<Q translation> <Q> needs translation="…".']);
    expect(
      problems(
        '<Q source="src-b" translation="م">a million calls an hour</Q>. <Cite source="src-a" />',
      )[0],
    ).toContain('<Q source> <Q source="src-b">');
  });

  it('stops a translated <Quote> whose English text is not the excerpt', () => {
    const found = problems(
      'ف. <Cite source="src-a" />\n\n<Quote by="microsoft" source="src-a" translation="لا دليل">no proof to date</Quote>',
    );
    expect(found.join(' ')).toContain('<Quote>');
  });
});
