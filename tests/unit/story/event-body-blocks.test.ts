/**
 * The sourcing rule covers every block of an event that states facts, and every anchor on the page
 * is unique: checked on the syntax tree Sätteri (the site's MDX parser) makes of real MDX.
 */
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkBody, type BodyContext, type BodyNode } from '../../../src/lib/story/event-body';

const context: BodyContext = {
  isEvent: true,
  listed: ['src-a'],
  isActor: (id) => id === 'microsoft',
  actorFile: (id) => `content/actors/${id}.md`,
  source: (id) => (id === 'src-a' ? { date: '2025-08-06', excerpts: [] } : undefined),
};
const problems = (mdx: string) =>
  checkBody(mdxToMdast(mdx) as unknown as BodyNode, context).problems.map(
    (p) => `${p.line}:${p.column} ${p.field} ${p.message}`,
  );

const CITED = 'Cited. <Cite source="src-a" />';

describe('the sourcing rule, block by block', () => {
  it('accepts cited paragraphs, list items and table rows', () => {
    expect(
      problems(
        `${CITED}\n\n- One item. <Cite source="src-a" />\n- Two items. <Cite source="src-a" />\n\n| Who | What |\n| --- | --- |\n| Microsoft | Said so. <Cite source="src-a" /> |\n`,
      ),
    ).toEqual([]);
  });

  it('stops an uncited list item, naming its line', () => {
    expect(problems(`${CITED}\n\n- Cited. <Cite source="src-a" />\n- Not cited at all.\n`)).toEqual(
      ['4:1 text a list item ("Not cited at all.…") states facts without a citation.'],
    );
  });

  it('counts a nested list as part of its item, and checks items of ordered lists too', () => {
    expect(
      problems(
        `${CITED}\n\n1. Parent. <Cite source="src-a" />\n   - child without its own citation\n2. Second, uncited.\n`,
      ),
    ).toEqual(['5:1 text a list item ("Second, uncited.…") states facts without a citation.']);
  });

  it('stops an uncited table row but not the header row', () => {
    expect(
      problems(
        `${CITED}\n\n| Who | What |\n| --- | --- |\n| Microsoft | Said so. <Cite source="src-a" /> |\n| Unit 8200 | Did this. |\n`,
      ),
    ).toEqual(['6:1 text table row 2 ("Unit 8200 | Did this.…") states facts without a citation.']);
  });

  it('stops an uncited paragraph inside a block quotation', () => {
    expect(problems(`${CITED}\n\n> Quoted but unsourced.\n`)).toEqual([
      '3:3 text paragraph 2 ("Quoted but unsourced.…") states facts without a citation.',
    ]);
  });

  it('exempts headings and editorial notes', () => {
    expect(
      problems(
        `## What was reported\n\n${CITED}\n\n<EditorsNote>\n- How the event is dated.\n</EditorsNote>\n`,
      ),
    ).toEqual([]);
  });
});

describe('anchors are unique on the page', () => {
  it("stops a heading that takes one of the page's own ids", () => {
    expect(problems(`## Sources\n\n${CITED}\n`)).toEqual([
      '1:1 heading the heading "Sources" gets the id "sources", which the page uses itself (main, sources, corrections, cite-this, theme-switch, header-search-q, cite-<n>, source-…, correction-<n>, citation-…).',
    ]);
    expect(problems(`## Cite this\n\n${CITED}\n`)[0]).toContain(
      'gets the id "cite-this", which the page uses itself',
    );
  });

  it("stops two claims with one id, and a claim id equal to a heading's", () => {
    expect(
      problems(
        `<Claim id="storage">\n${CITED}\n</Claim>\n\n<Claim id="storage">\n${CITED}\n</Claim>\n`,
      ),
    ).toEqual([
      '5:1 <Claim id> <Claim id="storage"> gives the id "storage", which <Claim id="storage"> already has: a link to #storage would land on the first.',
    ]);
    expect(
      problems(`## Storage\n\n${CITED}\n\n<Claim id="storage">\n${CITED}\n</Claim>\n`),
    ).toEqual([
      '5:1 <Claim id> <Claim id="storage"> gives the id "storage", which the heading "Storage" already has: a link to #storage would land on the first.',
    ]);
  });

  it('accepts headings with the same text, which get -1, -2', () => {
    expect(problems(`## Timeline\n\n${CITED}\n\n## Timeline\n\n${CITED}\n`)).toEqual([]);
  });
});
