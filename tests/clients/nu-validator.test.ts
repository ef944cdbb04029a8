/**
 * Every page of the build through the W3C Nu HTML Checker (`vnu-jar`, run with the system's
 * Java): 0 errors and 0 warnings, except the documented cases where the checker is wrong.
 *
 * The pages are served over HTTP by scripts/serve.mjs with the production headers, because the
 * checker applies a page's Content-Security-Policy to the resources it loads: read from disk,
 * `'self'` matches nothing and every stylesheet and script would be reported as blocked.
 */
import { spawn, execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isRedirectPage } from '../../src/lib/content/permalinks';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const JAVA = '/usr/bin/java';
if (!existsSync(JAVA)) throw new Error(`${JAVA} is missing: install a Java runtime (apt-get install -y default-jre-headless).`);
const VNU = String(createRequire(import.meta.url)('vnu-jar'));
const dist = join(root, process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run \`npm run build\` first (npm test does).`);
const port = Number(process.env.CLIENTS_PORT ?? 4541);
const origin = `http://127.0.0.1:${port}`;

/**
 * Messages the checker gets wrong, each with why.
 * - A JSON-LD `<script type="application/ld+json">` is a data block: HTML's "prepare the script
 *   element" stops before any Content-Security-Policy check for a type that is not JavaScript,
 *   so `script-src` does not apply to it, yet the checker reports it as an inline script the
 *   meta CSP blocks.
 */
const EXCEPTIONS: { message: RegExp; extract: RegExp; why: string }[] = [
  {
    message: /^Inline script violates Content Security Policy \(meta tag\)/,
    extract: /<script type="application\/ld\+json">/,
    why: 'JSON-LD is a data block, never executed, so script-src does not govern it',
  },
];

function pages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    if (!name.endsWith('.html') || isRedirectPage(readFileSync(full, 'utf8'))) return [];
    return [`/${relative(dist, full).replace(/index\.html$/, '').replace(/\\/g, '/')}`];
  });
}

let server: ReturnType<typeof spawn> | undefined;
beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env: { ...process.env, OUT_DIR: dist }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`scripts/serve.mjs did not answer on ${origin}: is port ${port} free? Set CLIENTS_PORT to another.`);
});
afterAll(() => {
  server?.kill('SIGTERM');
});

type NuMessage = { type: string; subType?: string; url: string; message: string; extract?: string; lastLine?: number };

test('every page passes the Nu HTML Checker with 0 errors and 0 warnings', async () => {
  const urls = pages().map((p) => `${origin}${p}`);
  expect(urls.length).toBeGreaterThan(10);
  const { stderr } = await run(JAVA, ['-Xss1024k', '-jar', VNU, '--format', 'json', '--exit-zero-always', ...urls], { maxBuffer: 64 * 1024 * 1024 });
  const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
  const reported = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error' || (m.type === 'info' && m.subType === 'warning'));
  const excused = (m: NuMessage) => EXCEPTIONS.some((e) => e.message.test(m.message) && e.extract.test(m.extract ?? ''));
  const problems = reported.filter((m) => !excused(m)).map((m) => `${m.url.slice(origin.length)}:${m.lastLine ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`);
  expect(problems).toEqual([]);
});
