/**
 * `npm run check:content`: the build's rules run on a content folder without Astro. The story
 * itself must pass; a folder with five independent mistakes must report all five in one run, each
 * at its file, line and column, in the terminal and as GitHub annotations.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/build/content-check';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const work = join(root, 'node_modules', '.cache', 'tests', 'check-content');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The valid fixture folder with `overlay`'s files on top, in a folder of its own; its path relative to the project. */
function folder(name: string, overlay?: string): string {
  const dir = join(work, name);
  cpSync(join(root, 'tests', 'content', 'valid'), dir, { recursive: true });
  if (overlay)
    cpSync(overlay, dir, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  return `node_modules/.cache/tests/check-content/${name}`;
}

async function cli(
  dir: string,
  env: Record<string, string> = {},
): Promise<{ code: number; lines: string[] }> {
  const { CI: _ci, ...rest } = process.env;
  try {
    const { stdout } = await run(process.execPath, ['scripts/check-content.mjs', dir], {
      cwd: root,
      env: { ...rest, ...env },
    });
    return { code: 0, lines: stdout.trim().split('\n') };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? 1, lines: (e.stdout ?? '').trim().split('\n') };
  }
}

describe('check:content', () => {
  it('finds no problem in the story', () => {
    const { problems, entries } = checkContent('content', root);
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
    expect(entries).toBeGreaterThan(80);
  });

  it('refuses every quotation of the story with one word changed, naming its file', () => {
    const dir = join(work, 'story');
    cpSync(join(root, 'content'), dir, { recursive: true });
    const changed: string[] = [];
    for (const name of readdirSync(join(dir, 'events'))) {
      const file = join(dir, 'events', name);
      const text = readFileSync(file, 'utf8');
      // The first word of each quotation becomes another word.
      const edited = text.replace(/(<Quote [^>]*>\s*)(\S+)/g, (_, open: string) => {
        changed.push(`events/${name}`);
        return `${open}Reportedly`;
      });
      writeFileSync(file, edited);
    }
    expect(changed.length).toBe(7);
    const refused = checkContent(dir, root).problems.filter((p) => p.field === '<Quote>');
    expect(refused.map((p) => p.file.replace(/^.*\/(events\/)/, '$1'))).toEqual(changed.sort());
    for (const p of refused)
      expect(p.message).toMatch(
        /^<Quote> "Reportedly .* is not word for word any excerpt of .*Nearest excerpt/,
      );
  });

  it('reports five independent mistakes in one run, at their lines and columns, and exits 1', async () => {
    const dir = folder('five', join(root, 'tests', 'content', 'check', 'five-mistakes'));
    const { code, lines } = await cli(dir);
    expect(code).toBe(1);
    expect(lines.slice(0, -1)).toEqual([
      `${dir}/actors/unit-8200.md:5:11  memberOf  Unknown actor id "microsfot": no file ${dir}/actors/microsfot.md. Did you mean "microsoft"?`,
      `${dir}/eras/review.yaml:1:7  syntax  YAML: this double quotation mark is never closed.  (end the value with " on the same line)`,
      `${dir}/events/2022-archive-begins.mdx:7:9  status  Unknown evidence status: found string "rumoured". Allowed: "confirmed", "reported", "alleged", "disputed", "denied".`,
      `${dir}/events/2025-05-15-review.mdx:12:1  <Quote>  <Quote> "Word." is not word for word any excerpt of "ms-2025-05-15-statement". Nearest excerpt (of "ms-2025-05-15-statement"): "Words." ("Words" → "Word").  (quote the excerpt exactly; if the source's words differ from the excerpt, correct the excerpt from the research file)`,
      `${dir}/events/2025-06-01-unclosed-tag.mdx:12:1  syntax  MDX: Expected a closing tag for \`<Quote>\`.  (close it with </Quote>, or end a tag with no content with />)`,
    ]);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^✗ ${dir}: 7 entries checked, 5 problems, 0 warnings \\(\\d+ ms\\)$`),
    );
  });

  it('prints GitHub annotations when CI is set', async () => {
    const dir = folder('annotations', join(root, 'tests', 'content', 'check', 'five-mistakes'));
    const { lines } = await cli(dir, { CI: 'true' });
    expect(lines).toContain(
      `::error file=${dir}/eras/review.yaml,line=1,col=7,title=syntax::YAML: this double quotation mark is never closed.  (end the value with " on the same line)`,
    );
    expect(lines).toContain(
      `::error file=${dir}/events/2025-05-15-review.mdx,line=12,col=1,title=<Quote>::<Quote> "Word." is not word for word any excerpt of "ms-2025-05-15-statement". Nearest excerpt (of "ms-2025-05-15-statement"): "Words." ("Words" → "Word").  (quote the excerpt exactly; if the source's words differ from the excerpt, correct the excerpt from the research file)`,
    );
  });

  it('an excerpt no quotation uses is a warning: the check still passes', async () => {
    const dir = folder('unused-excerpt');
    writeFileSync(
      join(root, dir, 'sources', 'ms-2025-05-15-statement.yaml'),
      `${readFileSync(join(root, dir, 'sources', 'ms-2025-05-15-statement.yaml'), 'utf8')}  - text: "Never quoted."\n`,
    );
    const { code, lines } = await cli(dir, { CI: 'true' });
    expect(code).toBe(0);
    expect(lines[0]).toBe(
      `::warning file=${dir}/sources/ms-2025-05-15-statement.yaml,line=11,col=5,title=excerpts[1]::no <Quote> or account quotes this excerpt ("Never quoted.").  (remove it, or quote it where the event needs it)`,
    );
    expect((await cli(dir)).lines[0]).toBe(
      `${dir}/sources/ms-2025-05-15-statement.yaml:11:5  excerpts[1]  warning: no <Quote> or account quotes this excerpt ("Never quoted.").  (remove it, or quote it where the event needs it)`,
    );
  });

  it('refuses a quotation dated differently from its excerpt', () => {
    const dir = folder('quote-date');
    const file = join(root, dir, 'events', '2025-05-15-review.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '<Quote by="microsoft" source="ms-2025-05-15-statement">',
        '<Quote by="microsoft" source="ms-2025-05-15-statement" date="2025-05-16">',
      ),
    );
    expect(checkContent(dir, root).problems.map((p) => formatProblem(p))).toEqual([
      `${dir}/events/2025-05-15-review.mdx:12:1  <Quote>  <Quote> "Words." is dated 2025-05-16, but the excerpt of "ms-2025-05-15-statement" is dated 2025-05-15.  (remove date="2025-05-16" from the <Quote>, or correct the excerpt's date)`,
    ]);
  });

  it('reports an MDX stray brace and a YAML error in front matter at their own line', () => {
    const dir = folder('syntax');
    const event = join(root, dir, 'events', '2022-archive-begins.mdx');
    writeFileSync(event, readFileSync(event, 'utf8').replace('Para. <Cite', 'Para { one. <Cite'));
    const review = join(root, dir, 'events', '2025-05-15-review.mdx');
    writeFileSync(
      review,
      readFileSync(review, 'utf8').replace(
        'sources: ["ms-2025-05-15-statement"]',
        'sources: ["ms-2025-05-15-statement"',
      ),
    );
    expect(checkContent(dir, root).problems.map((p) => formatProblem(p))).toEqual([
      `${dir}/events/2022-archive-begins.mdx:10:6  syntax  MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`.  (expressions are not allowed in content: remove the {, or escape it as \\{)`,
      `${dir}/events/2025-05-15-review.mdx:6:10  syntax  YAML: this [ is never closed.  (close the list with ] on the same line, or write one item a line starting with "- ")`,
    ]);
  });
});

describe('check:content on translations', () => {
  // The must-fail translation fixtures the build refuses (tests/content/fixtures): the check finds
  // the same mistake in the same file, so the two never disagree.
  const fixtures = join(root, 'tests', 'content', 'fixtures');
  for (const name of readdirSync(fixtures).filter((n) => n.startsWith('translation-'))) {
    it(`refuses ${name}, as the build does`, () => {
      const dir = join(work, name);
      cpSync(join(root, 'tests', 'content', 'valid'), dir, { recursive: true });
      cpSync(join(fixtures, name), dir, {
        recursive: true,
        filter: (f) => !f.endsWith('expected.json'),
      });
      const { messages } = JSON.parse(
        readFileSync(join(fixtures, name, 'expected.json'), 'utf8'),
      ) as {
        messages: string[];
      };
      const lines = checkContent(dir, root).problems.map(
        (p) => `${formatProblem(p)} ${p.field}: ${p.message}`,
      );
      const file = messages[0]!
        .replace(/^ar\/(.*)$/, 'translations/ar/events/$1')
        .replace(/:\d+$/, '');
      expect(lines.filter((l) => l.includes(file)).length, lines.join('\n')).toBeGreaterThan(0);
      for (const fragment of messages.slice(1))
        expect(
          lines.some((l) => l.includes(fragment)),
          `${fragment}\n${lines.join('\n')}`,
        ).toBe(true);
    });
  }
});
