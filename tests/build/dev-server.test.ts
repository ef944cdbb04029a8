/**
 * `npm run dev` reports content mistakes the way check:content does: a content folder with an
 * MDX syntax error and a YAML syntax error in front matter, served by `astro dev`, prints each at
 * its file, line and column, in one line, with no stack trace.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const work = join(root, 'node_modules', '.cache', 'tests', 'dev-server');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run dev', () => {
  it('prints MDX and YAML syntax errors at their line and column, without a stack trace', async () => {
    const content = join(work, 'content');
    cpSync(join(root, 'tests', 'content', 'valid'), content, { recursive: true });
    const event = join(content, 'events', '2022-archive-begins.mdx');
    writeFileSync(event, readFileSync(event, 'utf8').replace('Para. <Cite', 'Para { one. <Cite'));
    const review = join(content, 'events', '2025-05-15-review.mdx');
    writeFileSync(
      review,
      readFileSync(review, 'utf8').replace('title: "Review"', 'title: "Review'),
    );
    const server = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '4532', '--host', '127.0.0.1'],
      {
        cwd: root,
        env: {
          ...process.env,
          CONTENT_DIR: content,
          CACHE_DIR: join(work, 'cache'),
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
      },
    );
    let output = '';
    server.stdout.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const started = Date.now();
      while (!/content problems? in/.test(output) && Date.now() - started < 60_000)
        await new Promise((r) => setTimeout(r, 200));
    } finally {
      server.kill();
    }
    const lines = output
      .split('\n')
      .filter((l) => l.includes('[content-check]'))
      .map((l) => l.replace(/^\S+ \[ERROR\] \[content-check\] /, ''));
    expect(lines).toEqual([
      'node_modules/.cache/tests/dev-server/content/events/2022-archive-begins.mdx:10:6  syntax  MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`.  (expressions are not allowed in content: remove the {, or escape it as \\{)',
      'node_modules/.cache/tests/dev-server/content/events/2025-05-15-review.mdx:2:8  syntax  YAML: this double quotation mark is never closed.  (end the value with " on the same line)',
      `2 content problems in ${content}: fix them and run again (npm run check:content checks in a second).`,
    ]);
    expect(output).not.toContain('Stack trace');
  }, 90_000);
});
