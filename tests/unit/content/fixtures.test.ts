/**
 * The must-fail content fixtures whose rule is a pure function (tests/support/fixtures.ts says
 * which), checked at function level on the fixture's own files: the schema of the collection, the
 * integrity check across the whole content set (valid folder plus the fixture), the redirects
 * rule. Each message is formatted as the build prints it (`file → field: message`) and must hold
 * every line of the fixture's expected.json. The few fixtures still built with Astro, to prove the
 * build stops and prints these messages, are in tests/content/fixtures.test.ts.
 */
import { today } from '../../../src/build/build-day';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type ContentSet } from '../../../src/lib/content/integrity';
import { parseRedirects } from '../../../src/lib/content/permalinks';
import { makeActorSchema, makeEraSchema, makeEventSchema, makeSourceSchema } from '../../../src/lib/content/schema';
import { root, validContent } from '../../support/build-fixture';
import { expectedMessages, fixtureFiles, fixturesDir, fixturesOf, type FixtureRule } from '../../support/fixtures';

/**
 * Front matter (.md, .mdx) is read with Astro's own parser. Data files (.yaml) are read as YAML 1.1,
 * as Astro's reader (js-yaml) does: an unquoted day becomes a date there too.
 */
function dataOf(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return /\.mdx?$/.test(file) ? parseFrontmatter(text).frontmatter : parseYaml(text, { schema: 'yaml-1.1' });
}

// The build day as the build reads it (src/build/build-day.ts).
const schemas = {
  events: makeEventSchema(today),
  actors: makeActorSchema(),
  sources: makeSourceSchema(today),
  eras: makeEraSchema(today),
} as const;
type Folder = keyof typeof schemas;
const folderOf: Partial<Record<FixtureRule, Folder>> = { 'event schema': 'events', 'actor schema': 'actors', 'source schema': 'sources', 'era schema': 'eras' };

/** The schema problems of one file, as the build prints them: `id → field: message`. */
function schemaProblems(folder: Folder, file: string): string[] {
  const result = schemas[folder].safeParse(dataOf(file));
  const id = file.split('/').at(-1)!.replace(/\.(mdx?|ya?ml)$/, '');
  return result.success ? [] : result.error.issues.map((issue) => `${folder} → ${id} → ${issue.path.join('.')}: ${issue.message}`);
}

/** The valid folder with the fixture's files over it, each parsed by its schema, as `checkIntegrity` takes it. */
function contentSet(fixture: string | undefined, contentDir: string): ContentSet {
  const files = new Map<string, string>();
  for (const folder of ['events', 'actors', 'sources'] as const) {
    for (const name of readdirSync(join(validContent, folder))) files.set(`${folder}/${name}`, join(validContent, folder, name));
  }
  for (const rel of fixture ? fixtureFiles(fixture) : []) files.set(rel, join(fixturesDir, fixture!, rel));
  const entries = <F extends 'events' | 'actors' | 'sources'>(folder: F) =>
    [...files]
      .filter(([rel]) => rel.startsWith(`${folder}/`))
      .map(([rel, path]) => ({ id: rel.slice(folder.length + 1).replace(/\.(mdx?|ya?ml)$/, ''), file: `${contentDir}/${rel}`, data: schemas[folder].parse(dataOf(path)) as never }));
  return { events: entries('events'), actors: entries('actors'), sources: entries('sources') };
}

describe('must-fail fixtures, by their schema', () => {
  const names = fixturesOf('event schema', 'actor schema', 'source schema', 'era schema');
  it.each(names)('%s is rejected with the file, the field and the fix', (name) => {
    const [rel, ...others] = fixtureFiles(name);
    expect(others, 'a schema fixture holds one file').toEqual([]);
    const folder = rel!.split('/')[0] as Folder;
    const rule = Object.entries(folderOf).find(([, f]) => f === folder)?.[0];
    expect(fixturesOf(rule as FixtureRule)).toContain(name);
    const found = schemaProblems(folder, join(fixturesDir, name, rel!)).join('\n');
    expect(found).not.toBe('');
    for (const message of expectedMessages(name)) expect(found).toContain(message);
  });

  it('accepts every file of the valid folder (so a failure comes from the fixture alone)', () => {
    for (const folder of Object.keys(schemas) as Folder[]) {
      for (const name of readdirSync(join(validContent, folder))) expect(schemaProblems(folder, join(validContent, folder, name))).toEqual([]);
    }
  });
});

describe('must-fail fixtures, by the integrity check', () => {
  // The folder the build would have been given as CONTENT_DIR: messages name the missing file there.
  const contentDirOf = (name: string) => join(root, 'node_modules', '.cache', 'tests', name, 'content');
  it.each(fixturesOf('integrity'))('%s is rejected with the file, the field and the fix', (name) => {
    const found = formatProblems(checkIntegrity(contentSet(name, contentDirOf(name)), contentDirOf(name)));
    for (const message of expectedMessages(name, contentDirOf(name))) expect(found).toContain(message);
  });

  it('finds nothing wrong in the valid folder', () => {
    const set = contentSet(undefined, validContent);
    expect(set.events.length).toBeGreaterThan(0);
    expect(checkIntegrity(set, validContent)).toEqual([]);
  });
});

describe('must-fail fixtures, by the redirects rule', () => {
  it.each(fixturesOf('redirects'))('%s is rejected, naming the file, the entry and the fix', (name) => {
    const file = join(fixturesDir, name, 'redirects.json');
    let message = '';
    try {
      parseRedirects(readFileSync(file, 'utf8'), 'redirects.json');
      expect.unreachable('the redirects were accepted');
    } catch (error) {
      message = (error as Error).message;
    }
    for (const expected of expectedMessages(name)) expect(message).toContain(expected);
  });
});
