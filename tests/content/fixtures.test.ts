/**
 * Content fixtures built with Astro: the valid folder must build, and the few must-fail fixtures
 * whose proof is the build itself (tests/support/fixtures.ts says which, and why) must stop it
 * with a message that names the file and the field (expected.json). Every other fixture's rule is
 * checked at function level on the same files (tests/unit/content/fixtures.test.ts,
 * tests/build/sourcing-plugin.test.ts). All builds are queued at once and run one after another
 * (see tests/support/build-fixture.ts for why), each in its own folder.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, removeScratch, type FixtureBuild } from '../support/build-fixture';
import { builtFixtures, expectedMessages, fixtureChecks, fixtureNames, fixturesDir } from '../support/fixtures';

const built: FixtureBuild[] = [];
afterAll(() => built.forEach((b) => removeScratch(b.dir)));
/** Starts a build at once (the helper queues it), so the tests below wait on builds already running. */
const start = (name: string, overlay?: string) =>
  buildFixture(`fixture-${name}`, { overlays: overlay ? [overlay] : [] }).then((b) => {
    built.push(b);
    return b;
  });

const valid = start('valid');
const builds = new Map(builtFixtures().map(([name]) => [name, start(name, join(fixturesDir, name))]));

describe('content fixtures', () => {
  it('every fixture folder is checked by a rule, a build or both', () => {
    for (const name of fixtureNames()) {
      const check = fixtureChecks[name];
      expect(check?.rule ?? check?.build, `${name}: add it to tests/support/fixtures.ts`).toBeTruthy();
    }
    expect(Object.keys(fixtureChecks).sort()).toEqual(fixtureNames());
  });

  it('the valid fixture builds', async () => {
    const { code, output } = await valid;
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  });

  it.concurrent.each(builtFixtures())('%s stops the build and names the file and the field (built because %s)', async (name) => {
    const { code, output, content } = await builds.get(name)!;
    expect(code).not.toBe(0);
    for (const message of expectedMessages(name, content)) expect(output).toContain(message);
  });
});
