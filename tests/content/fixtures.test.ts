/**
 * Content fixtures: each folder in fixtures/ is the valid content folder plus one bad file. Its
 * build must fail, and the message must name the file and the field (expected.json). The valid
 * folder alone must build, so a failure can only come from the fixture's own change.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const here = import.meta.dirname;
const work = mkdtempSync(join(tmpdir(), 'timeline-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds `content` into a scratch folder; resolves with the exit code and everything printed. */
async function build(name: string, overlay?: string): Promise<{ code: number; output: string }> {
  const dir = join(work, name);
  cpSync(join(here, 'valid'), join(dir, 'content'), { recursive: true });
  if (overlay) cpSync(overlay, join(dir, 'content'), { recursive: true, filter: (src) => !src.endsWith('expected.json') });
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}

describe('content fixtures', () => {
  it('the valid fixture builds', async () => {
    const { code, output } = await build('valid');
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  });

  const fixtures = readdirSync(join(here, 'fixtures'));
  it.each(fixtures)('%s stops the build and names the file and the field', async (name) => {
    const overlay = join(here, 'fixtures', name);
    const { messages } = JSON.parse(readFileSync(join(overlay, 'expected.json'), 'utf8')) as { messages: string[] };
    const { code, output } = await build(name, overlay);
    expect(code).not.toBe(0);
    for (const message of messages) expect(output).toContain(message);
  });
});
