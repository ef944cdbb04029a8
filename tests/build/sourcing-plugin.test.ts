/**
 * The sourcing plugin (src/build/sourcing-plugin.ts) run on the must-fail fixtures' event files
 * through Sätteri's MDX compiler, the way Astro's MDX integration runs it: front matter read by
 * Astro's own parser and blanked out line for line, so the line in each message is the line in the
 * file. Every line of the fixture's expected.json must be in the message. That the plugin runs in
 * the real build is proven once, by a full build of `uncited-paragraph` (tests/content/fixtures.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sourcingPlugin } from '../../src/build/sourcing-plugin';
import { validContent } from '../support/build-fixture';
import { expectedMessages, fixtureFiles, fixturesDir, fixturesOf } from '../support/fixtures';

/** Compiles one event file with the plugin; resolves with the front matter it wrote, or rejects with its message. */
async function compile(file: string): Promise<Record<string, unknown>> {
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), {
    frontmatter: 'empty-with-spaces',
  });
  const result = mdxToJs(content, {
    mdastPlugins: [sourcingPlugin()],
    fileURL: pathToFileURL(file),
    data: {
      astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() },
    },
  });
  return (result.data.astro as { frontmatter: Record<string, unknown> }).frontmatter;
}

// Speakers of <Quote by> are looked up in CONTENT_DIR: the valid folder's actors.
beforeAll(() => {
  vi.stubEnv('CONTENT_DIR', validContent);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('the sourcing plugin on the must-fail fixtures', () => {
  it.each(fixturesOf('sourcing plugin'))(
    '%s stops the compile with the file, the line and the fix',
    async (name) => {
      const events = fixtureFiles(name).filter((rel) => rel.startsWith('events/'));
      expect(events).toHaveLength(1);
      const file = join(fixturesDir, name, events[0]!);
      const error = await compile(file).then(
        () => new Error('compiled without an error'),
        (e: unknown) => e as Error,
      );
      for (const message of expectedMessages(name, validContent))
        expect(error.message).toContain(message);
    },
  );

  it('compiles every event of the valid folder, numbering its citations', async () => {
    for (const name of readdirSync(join(validContent, 'events'))) {
      const frontmatter = await compile(join(validContent, 'events', name));
      expect((frontmatter.citations as unknown[]).length, name).toBeGreaterThan(0);
    }
  });
});
