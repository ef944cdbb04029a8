import { describe, expect, it } from 'vitest';
import {
  checkElementName,
  hasCitation,
  isSourcingComponent,
  numberSources,
  splitIds,
} from '../../../src/lib/story/sourcing';

const listed = ['guardian-2025-08-06', 'microsoft-2025-08-15', 'globes-2025-08-07'];

describe('numberSources', () => {
  it('numbers each cited source by its place in the front-matter list', () => {
    expect(
      numberSources('Cite', { source: 'globes-2025-08-07 guardian-2025-08-06' }, listed),
    ).toEqual({
      ids: ['globes-2025-08-07', 'guardian-2025-08-06'],
      numbers: [3, 1],
    });
    expect(
      numberSources('Cite', { source: 'microsoft-2025-08-15, globes-2025-08-07' }, listed).numbers,
    ).toEqual([2, 3]);
  });
  it('rejects a source that is not in the front matter, naming it and the fix', () => {
    expect(() => numberSources('Cite', { source: 'guardian-2025-08-08' }, listed)).toThrow(
      '<Cite source="guardian-2025-08-08">: "guardian-2025-08-08" is not in this event\'s front-matter "sources" (listed: "guardian-2025-08-06", "microsoft-2025-08-15", "globes-2025-08-07"). Add it to "sources" or fix the id.',
    );
  });
  it('requires a source, and a speaker for quotes and accounts', () => {
    expect(() => numberSources('Cite', {}, listed)).toThrow('<Cite> needs source="source-id"');
    expect(() => numberSources('Cite', { source: '  ' }, listed)).toThrow(
      '<Cite> needs source="source-id"',
    );
    expect(() => numberSources('Quote', { source: 'guardian-2025-08-06' }, listed)).toThrow(
      '<Quote> needs by="actor-id"',
    );
    expect(() =>
      numberSources('Account', { source: 'guardian-2025-08-06', by: '' }, listed),
    ).toThrow('<Account> needs by="actor-id"');
    expect(
      numberSources('Quote', { source: 'guardian-2025-08-06', by: 'microsoft' }, listed).numbers,
    ).toEqual([1]);
  });
});

describe('helpers', () => {
  it('splits ids on spaces and commas', () => {
    expect(splitIds(' a,b  c ,')).toEqual(['a', 'b', 'c']);
  });
  it('knows which components carry sources', () => {
    expect(['Cite', 'Quote', 'Account', 'Accounts', 'p', null].map(isSourcingComponent)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('hasCitation', () => {
  const text = { type: 'text' };
  const cite = { type: 'mdxJsxTextElement', name: 'Cite' };
  it('finds a citation anywhere in a paragraph, emphasis included', () => {
    expect(hasCitation({ type: 'paragraph', children: [text, cite] })).toBe(true);
    expect(
      hasCitation({
        type: 'paragraph',
        children: [text, { type: 'emphasis', children: [text, cite] }],
      }),
    ).toBe(true);
  });
  it('does not count other components or plain text', () => {
    expect(hasCitation({ type: 'paragraph', children: [text] })).toBe(false);
    expect(
      hasCitation({
        type: 'paragraph',
        children: [
          { type: 'mdxJsxTextElement', name: 'Quote' },
          { type: 'strong', children: [text] },
        ],
      }),
    ).toBe(false);
    expect(hasCitation({ type: 'paragraph' })).toBe(false);
  });
});

describe('checkElementName', () => {
  it('allows only the editor components', () => {
    expect(['Cite', 'Quote', 'Accounts', 'Account', 'EditorsNote'].map(checkElementName)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
  it('refuses raw HTML and unknown components with the list of allowed ones', () => {
    expect(checkElementName('script')).toMatch(
      /^raw HTML \(<script>\) is not allowed in content: write Markdown, and use only <Cite>/,
    );
    expect(checkElementName(null)).toMatch(/^raw HTML/);
    expect(checkElementName('Footnote')).toMatch(
      /^<Footnote> is not a component editors can use here/,
    );
  });
});
