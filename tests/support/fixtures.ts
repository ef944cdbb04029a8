/**
 * The must-fail content fixtures (tests/content/fixtures/<name>/): each is the valid content
 * folder plus one bad file, and its `expected.json` lists what the message must contain (the file,
 * the field, the fix). This table says how each one is proven:
 * - `rule`: the pure rule (or the one plugin) that rejects it, run on the fixture's own file at
 *   function level (tests/unit/content/fixtures.test.ts, tests/build/sourcing-plugin.test.ts):
 *   milliseconds, and the exact message is asserted;
 * - `build`: why a full Astro build of it is still run (tests/content/fixtures.test.ts): only where
 *   the build itself is what is proven: that it stops at all and prints the message, or the rule
 *   lives in code only the build runs (the content loader, astro.config.mjs, a file lookup in
 *   CONTENT_DIR). One representative build per kind of rule proves the wiring for the others.
 * Every fixture has a rule, a build, or both; a test fails on a fixture folder this table misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build-fixture';

export const fixturesDir = join(root, 'tests', 'content', 'fixtures');

/** The pure rule that rejects a fixture, by what it checks. */
export type FixtureRule =
  | 'event schema'
  | 'actor schema'
  | 'source schema'
  | 'era schema'
  | 'integrity'
  | 'redirects'
  | 'sourcing plugin';

export const fixtureChecks: Record<string, { rule?: FixtureRule; build?: string }> = {
  'bad-claim-id': { rule: 'sourcing plugin' },
  'bad-redirect': {
    rule: 'redirects',
    build: 'astro.config.mjs reads redirects.json from CONTENT_DIR and stops the build',
  },
  'cite-not-listed': { rule: 'sourcing plugin' },
  'claim-without-citation': { rule: 'sourcing plugin' },
  'date-like-title': { rule: 'event schema' },
  'duplicate-id': {
    build:
      'the id of each entry comes from the content loader (src/content.config.ts), which only the build runs',
  },
  'future-date': { rule: 'event schema' },
  'impossible-date': { rule: 'event schema' },
  'invalid-edtf': { rule: 'event schema' },
  'invalid-era-date': {
    rule: 'era schema',
    build: 'eras are an optional collection, wired to its schema only when the folder exists',
  },
  'listed-source-not-cited': { rule: 'sourcing plugin' },
  'mdx-syntax-error': {
    build:
      'the content check that opens every build parses each file itself and names the line and column of an MDX syntax error',
  },
  'mdx-unclosed-tag': { build: 'as mdx-syntax-error, for a tag left open' },
  'missing-title': { rule: 'event schema' },
  'no-source': { rule: 'event schema' },
  'quote-dated-differently': {
    build:
      'the quotation check compares each quote with the excerpts of its source, which the build gathers from every source file in CONTENT_DIR',
  },
  'quote-not-in-excerpts': { build: 'as quote-dated-differently, for a changed word' },
  'quote-unknown-speaker': { rule: 'sourcing plugin' },
  'raw-html': { rule: 'sourcing plugin' },
  'translation-changes-quote': {
    build:
      'the sourcing plugin compiles each translation against its English event, reading the English file and the source excerpts from CONTENT_DIR',
  },
  'translation-of-unknown-tag': {
    build:
      'the content check that opens every build reads the translation folders and knows every tag the events carry',
  },
  'translation-of-missing-event': {
    build: 'the sourcing plugin looks the English event of a translation up in CONTENT_DIR',
  },
  'translation-reorders-citations': {
    build:
      'the build stops on it twice over: its content check first (as check:content does), and the data layer, which compares the compiled citations of each translation with its English event',
  },
  'translation-unknown-field': {
    build: 'the translation collections are wired to their schemas only when translations exist',
  },
  'translation-yaml-syntax-error': {
    build:
      'as yaml-syntax-error, for a translation: the build must name the mistake at its own line, as check:content does, before the content loader parses the file',
  },
  'uncited-paragraph': {
    rule: 'sourcing plugin',
    build:
      'the sourcing plugin runs inside the build’s MDX compile and stops it with file and line',
  },
  'unknown-actor': {
    rule: 'integrity',
    build: 'the data layer runs the integrity check on the whole content set and names CONTENT_DIR',
  },
  'unknown-actor-kind': { rule: 'actor schema' },
  'unknown-source': { rule: 'integrity' },
  'unknown-source-kind': { rule: 'source schema' },
  'unknown-status': {
    rule: 'event schema',
    build: 'a schema rule stops the build, and Astro names the entry and the field',
  },
  'yaml-syntax-error': { build: 'as mdx-syntax-error, for the YAML of the front matter' },
};

/** Every fixture folder on disk. */
export const fixtureNames = (): string[] => readdirSync(fixturesDir).sort();

/** The fixtures a rule checks at function level. */
export const fixturesOf = (...rules: FixtureRule[]): string[] =>
  Object.entries(fixtureChecks)
    .filter(([, check]) => check.rule && rules.includes(check.rule))
    .map(([name]) => name);

/** The fixtures still proven by a full build, with why. */
export const builtFixtures = (): [string, string][] =>
  Object.entries(fixtureChecks).flatMap(([name, check]) =>
    check.build ? [[name, check.build] as [string, string]] : [],
  );

/**
 * What the message for fixture `name` must contain (its expected.json). `{content}` in a line
 * stands for the content folder the check was given (CONTENT_DIR): messages name a missing file
 * there, never in a fixed folder.
 */
export function expectedMessages(name: string, content = '{content}'): string[] {
  const { messages } = JSON.parse(
    readFileSync(join(fixturesDir, name, 'expected.json'), 'utf8'),
  ) as { messages: string[] };
  return messages.map((m) => m.replaceAll('{content}', content));
}

/** The fixture's own files (not expected.json), relative to its folder (`events/x.mdx`). */
export function fixtureFiles(name: string, dir = join(fixturesDir, name)): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name !== 'expected.json')
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}
