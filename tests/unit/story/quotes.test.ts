import { describe, expect, it } from 'vitest';
import {
  checkQuotation,
  normaliseQuotation,
  quotedStrings,
  unusedExcerpts,
  type QuotedSource,
} from '../../../src/lib/story/quotes';
import { checkBody, type BodyNode } from '../../../src/lib/story/event-body';

const sources = new Map<string, QuotedSource>([
  [
    'statement',
    {
      date: '2025-09-25',
      excerpts: [
        { text: 'We do not provide technology to facilitate mass surveillance of civilians.' },
      ],
    },
  ],
  [
    'globes',
    {
      date: '2025-08-27',
      excerpts: [{ text: 'to go investigate and get to the truth', date: '2025-08-26' }],
    },
  ],
  ['empty', { date: '2025-01-01', excerpts: [] }],
]);
const lookup = (id: string) => sources.get(id);

describe('normaliseQuotation', () => {
  it('straightens typographic quotation marks and collapses whitespace, nothing else', () => {
    expect(normaliseQuotation('  Microsoft’s  “standard”\n terms ')).toBe(
      'Microsoft\'s "standard" terms',
    );
    expect(normaliseQuotation('terms, of')).not.toBe(normaliseQuotation('terms of'));
  });
});

describe('checkQuotation', () => {
  it('accepts the excerpt word for word, with typographic marks and line breaks', () => {
    expect(
      checkQuotation(
        {
          kind: 'Quote',
          text: 'We do not provide technology\n to facilitate mass surveillance of civilians.',
          sources: ['statement'],
        },
        lookup,
      ),
    ).toBeNull();
    expect(
      checkQuotation(
        {
          kind: 'Quote',
          text: 'to go investigate and get to the truth',
          sources: ['globes'],
          date: '2025-08-26',
        },
        lookup,
      ),
    ).toBeNull();
  });
  it('refuses a changed word, naming the nearest excerpt and the change', () => {
    expect(
      checkQuotation(
        {
          kind: 'Quote',
          text: 'We never provide technology to facilitate mass surveillance of civilians.',
          sources: ['statement'],
        },
        lookup,
      ),
    ).toEqual({
      nearest: {
        source: 'statement',
        text: 'We do not provide technology to facilitate mass surveillance of civilians.',
      },
      message:
        '<Quote> "We never provide technology to facilitate mass surveillance of civilians." is not word for word any excerpt of "statement". Nearest excerpt (of "statement"): "We do not provide technology to facilitate mass surveillance of civilians." ("do not" → "never").',
      fix: "quote the excerpt exactly; if the source's words differ from the excerpt, correct the excerpt from the research file",
    });
  });
  it('refuses a quotation dated differently from its excerpt', () => {
    expect(
      checkQuotation(
        { kind: 'Quote', text: 'to go investigate and get to the truth', sources: ['globes'] },
        lookup,
      ),
    ).toEqual({
      nearest: { source: 'globes', text: 'to go investigate and get to the truth' },
      message:
        '<Quote> "to go investigate and get to the truth" is dated 2025-08-27, but the excerpt of "globes" is dated 2025-08-26.',
      fix: 'write date="2025-08-26" on the <Quote>, or correct the excerpt\'s date',
    });
    expect(
      checkQuotation(
        {
          kind: 'Quote',
          text: 'We do not provide technology to facilitate mass surveillance of civilians.',
          sources: ['statement'],
          date: '2025-09-24',
        },
        lookup,
      )?.message,
    ).toBe(
      '<Quote> "We do not provide technology to facilitate mass surveillance of civilians." is dated 2025-09-24, but the excerpt of "statement" is dated 2025-09-25.',
    );
  });
  it('leaves a quotation of an unknown or unreadable source to that source’s own problem', () => {
    expect(
      checkQuotation({ kind: 'Quote', text: 'anything', sources: ['broken'] }, lookup),
    ).toBeNull();
    expect(
      checkQuotation({ kind: 'Quote', text: 'anything', sources: ['broken', 'statement'] }, lookup)
        ?.message,
    ).toContain('is not word for word any excerpt of "broken", "statement"');
  });
  it('refuses a quotation of a source that records no excerpts', () => {
    expect(
      checkQuotation({ kind: 'Account', text: 'anything', sources: ['empty'] }, lookup)?.message,
    ).toBe(
      'A quotation in <Account> "anything" is not among the excerpts of "empty": that source records no excerpts.',
    );
  });
});

describe('quotedStrings and unusedExcerpts', () => {
  it('finds double-quoted strings, straight or typographic, but not apostrophes', () => {
    expect(
      quotedStrings('Smith said it “needs to be tested” and "more"; Microsoft\'s view'),
    ).toEqual(['needs to be tested', 'more']);
  });
  it('lists the excerpts no quotation uses (a warning for the editor)', () => {
    expect(
      unusedExcerpts(sources, [
        { text: 'to go investigate and get to the truth', sources: ['globes'] },
      ]),
    ).toEqual([{ source: 'statement', index: 0, excerpt: sources.get('statement')!.excerpts[0] }]);
  });
});

describe('checkBody', () => {
  const pos = (line: number, column = 1) => ({ start: { line, column } });
  const text = (value: string): BodyNode => ({ type: 'text', value });
  const cite = (source: string): BodyNode => ({
    type: 'mdxJsxTextElement',
    name: 'Cite',
    attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: source }],
    children: [],
  });
  const context = {
    isEvent: true,
    listed: ['statement', 'globes'],
    isActor: (id: string) => id === 'microsoft',
    actorFile: (id: string) => `content/actors/${id}.md`,
    source: lookup,
  };
  const tree: BodyNode = {
    type: 'root',
    children: [
      { type: 'paragraph', position: pos(10), children: [text('A fact. '), cite('statement')] },
      { type: 'paragraph', position: pos(12), children: [text('No source here.')] },
      {
        type: 'mdxJsxFlowElement',
        name: 'Quote',
        position: pos(14),
        attributes: [
          { type: 'mdxJsxAttribute', name: 'by', value: 'microsoft' },
          { type: 'mdxJsxAttribute', name: 'source', value: 'statement' },
        ],
        children: [
          {
            type: 'paragraph',
            children: [text('We do not provide technology to facilitate mass surveillance.')],
          },
        ],
      },
      {
        type: 'mdxJsxFlowElement',
        name: 'Account',
        position: pos(18, 3),
        attributes: [
          { type: 'mdxJsxAttribute', name: 'by', value: 'microsft' },
          { type: 'mdxJsxAttribute', name: 'source', value: 'globes' },
        ],
        children: [
          { type: 'paragraph', children: [text('Smith said the company would “go investigate”.')] },
        ],
      },
    ],
  };
  it('reports every problem of the text at its line and column, and numbers the citations', () => {
    const result = checkBody(tree, context);
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.field} ${p.message}`)).toEqual([
      '12:1 text paragraph 2 ("No source here.…") states facts without a citation.',
      '14:1 <Quote> <Quote> "We do not provide technology to facilitate mass surveillance." is not word for word any excerpt of "statement". Nearest excerpt (of "statement"): "We do not provide technology to facilitate mass surveillance of civilians." ("of civilians" left out).',
      '18:3 <Account> <Account> stands outside <Accounts>.',
      '18:3 <Account by> <Account by="microsft">: no actor "microsft" (no file content/actors/microsft.md).',
      '18:3 <Account> A quotation in <Account> "go investigate" is not word for word any excerpt of "globes". Nearest excerpt (of "globes"): "to go investigate and get to the truth" ("to" left out, "and get to the truth" left out).',
    ]);
    expect(result.citations).toEqual([
      { ref: 'cite-1', sources: ['statement'] },
      { ref: 'cite-2', sources: ['statement'] },
      { ref: 'cite-3', sources: ['globes'] },
    ]);
    expect(result.numbers).toEqual([[1], [1], [2]]);
  });
  it('suggests the closest actor for a mistyped speaker, when it knows the actors', () => {
    const result = checkBody(tree, { ...context, actorIds: () => ['microsoft', 'brad-smith'] });
    expect(result.problems.find((p) => p.field === '<Account by>')?.fix).toBe(
      'did you mean by="microsoft"? Otherwise add the actor',
    );
    const far = checkBody(tree, { ...context, actorIds: () => ['brad-smith'] });
    expect(far.problems.find((p) => p.field === '<Account by>')?.fix).toBe(
      'fix the id or add the actor',
    );
  });
});

describe('checkBody: disputes', () => {
  const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });
  const account = (by: string): BodyNode => ({
    type: 'mdxJsxFlowElement',
    name: 'Account',
    attributes: [attr('by', by), attr('source', 'statement')],
    children: [],
  });
  const context = {
    isEvent: false,
    listed: ['statement'],
    isActor: () => true,
    actorFile: (id: string) => id,
    source: lookup,
  };
  const problems = (children: BodyNode[]) =>
    checkBody({ type: 'root', children }, context).problems.map(
      (p) => `${p.field} ${p.message}  (${p.fix})`,
    );
  it('accepts two accounts under a topic', () => {
    expect(
      problems([
        {
          type: 'mdxJsxFlowElement',
          name: 'Accounts',
          attributes: [attr('topic', 'X')],
          children: [account('a'), account('b')],
        },
      ]),
    ).toEqual([]);
  });
  it('refuses a dispute with one side, with no topic, or an account outside a dispute', () => {
    expect(
      problems([
        { type: 'mdxJsxFlowElement', name: 'Accounts', attributes: [], children: [account('a')] },
        account('b'),
      ]),
    ).toEqual([
      '<Accounts> <Accounts> needs topic="…": what the accounts differ on.  (add topic="What the CEO knew" (in your own words))',
      '<Accounts> <Accounts> holds 1 <Account>; a dispute shows at least two sides.  (add the other side with its source, or write a single account as a cited paragraph)',
      '<Account> <Account> stands outside <Accounts>.  (put the accounts that differ together inside <Accounts topic="…">…</Accounts>)',
    ]);
  });
  it('refuses a quotation date that is not a day', () => {
    const quote: BodyNode = {
      type: 'mdxJsxFlowElement',
      name: 'Quote',
      attributes: [attr('by', 'a'), attr('source', 'statement'), attr('date', '26 August')],
      children: [],
    };
    expect(problems([quote])[0]).toBe(
      '<Quote date> <Quote date="26 August">: expected a day, YYYY-MM-DD.  (write date="2025-08-26", or leave date out when the words are from the source\'s own date)',
    );
  });
});
