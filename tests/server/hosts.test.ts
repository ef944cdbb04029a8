/**
 * The built site behind real web servers, configured only by the files the build generates
 * (src/lib/publishing/hosting.ts): nginx with `dist-hosting/nginx-*.conf` and Caddy with
 * `dist-hosting/Caddyfile`. Two sites each: the story as built by `npm test` (dist/, at the root),
 * and the valid fixture with one event renamed, built under the base path `/sub/`.
 *
 * What a reader and a crawler get must be what `_headers` and `_redirects` describe, so every file
 * of the build is fetched and its headers compared with the `_headers` rules for its path.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../src/lib/publishing/headers';
import { CACHE_IMMUTABLE, CACHE_SHORT, parseRedirectsFile } from '../../src/lib/publishing/hosting';
import { pageInlineHashes, policyProblems } from '../../src/lib/publishing/inline-hashes';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const NGINX = '/usr/sbin/nginx';
const CADDY = '/usr/bin/caddy';
for (const [binary, pkg] of [
  [NGINX, 'nginx-light'],
  [CADDY, 'caddy'],
] as const) {
  if (!existsSync(binary))
    throw new Error(
      `${binary} is missing: install it with \`apt-get install -y ${pkg}\` (.ci/run does).`,
    );
}
const story = join(root, process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(story, 'index.html')))
  throw new Error(`No build in ${story}: run \`npm run build\` first (npm test does).`);

mkdirSync(join(root, 'node_modules', '.cache', 'tests'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules', '.cache', 'tests', `hosts-${process.pid}-`));
const servers: ChildProcess[] = [];
afterAll(() => {
  for (const s of servers) s.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

const OLD = '/events/2025-05-15-review/';
const NEW = '/events/2025-05-15-review-renamed/';

/** Builds the valid fixture with one event renamed, under `/sub/`. */
async function buildRenamedUnderBase(): Promise<string> {
  const content = join(work, 'renamed', 'content');
  cpSync(join(root, 'tests', 'content', 'valid'), content, { recursive: true });
  rmSync(join(content, 'events', '2025-05-15-review.mdx'));
  cpSync(join(root, 'tests', 'content', 'rename'), content, { recursive: true });
  const outDir = join(work, 'renamed', 'dist');
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: outDir,
      CACHE_DIR: join(work, 'renamed', 'cache'),
      SITE_URL: 'https://timeline.example.org',
      BASE_PATH: '/sub/',
      NO_COLOR: '1',
    },
    maxBuffer: 16 * 1024 * 1024,
  });
  return outDir;
}

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, server: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null)
      throw new Error(`the server exited (${server.exitCode}):\n${log()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the server did not answer ${url}:\n${log()}`);
}

/** A site to serve: its build folder, the base path, and the web root that holds it at that base. */
interface Site {
  dist: string;
  base: string;
  webRoot: string;
}

/** The site's web root: the build itself at `/`, or a folder holding it under the base path. */
function webRootFor(name: string, dist: string, base: string): string {
  if (base === '/') return dist;
  const webRoot = join(work, `${name}-root`);
  mkdirSync(join(webRoot, ...base.split('/').filter(Boolean).slice(0, -1)), { recursive: true });
  symlinkSync(dist, join(webRoot, ...base.split('/').filter(Boolean)));
  return webRoot;
}

async function startNginx(sites: Site[]): Promise<number[]> {
  const ports = await Promise.all(sites.map(() => freePort()));
  const prefix = join(work, 'nginx');
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  const blocks = sites.map((site, i) => {
    const config = `${site.dist}-hosting`;
    // Each site's maps get their own variable names, as two sites on one nginx must.
    const http = readFileSync(join(config, 'nginx-http.conf'), 'utf8').replaceAll(
      '$timeline_',
      `$site${i}_`,
    );
    const server = readFileSync(join(config, 'nginx-server.conf'), 'utf8').replaceAll(
      '$timeline_',
      `$site${i}_`,
    );
    writeFileSync(join(prefix, `http-${i}.conf`), http);
    writeFileSync(join(prefix, `server-${i}.conf`), server);
    return `include ${prefix}/http-${i}.conf;\nserver {\n  listen 127.0.0.1:${ports[i]};\n  root ${site.webRoot};\n  include ${prefix}/server-${i}.conf;\n}`;
  });
  const conf = [
    'daemon off;',
    'user root;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/logs/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log off;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (t) => `  ${t}_temp_path ${prefix}/${t};`,
    ),
    ...blocks,
    '}',
  ].join('\n');
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  await run(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')]).catch(
    (e: Error & { stderr?: string }) => {
      throw new Error(`nginx rejects the generated configuration:\n${e.stderr ?? e.message}`);
    },
  );
  const server = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], {
    stdio: 'ignore',
  });
  servers.push(server);
  const log = () =>
    existsSync(join(prefix, 'logs', 'error.log'))
      ? readFileSync(join(prefix, 'logs', 'error.log'), 'utf8')
      : '';
  for (const port of ports) await waitFor(`http://127.0.0.1:${port}/`, server, log);
  return ports;
}

async function startCaddy(sites: Site[]): Promise<number[]> {
  const ports = await Promise.all(sites.map(() => freePort()));
  const dir = join(work, 'caddy');
  mkdirSync(dir, { recursive: true });
  const blocks = sites.map(
    (site, i) =>
      `http://127.0.0.1:${ports[i]} {\n  root * ${site.webRoot}\n  import ${site.dist}-hosting/Caddyfile\n  file_server\n}`,
  );
  const file = join(dir, 'Caddyfile');
  writeFileSync(file, ['{', '  admin off', '  auto_https off', '}', ...blocks].join('\n') + '\n');
  let output = '';
  const server = spawn(CADDY, ['run', '--config', file, '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
  });
  server.stdout?.on('data', (c: Buffer) => (output += c));
  server.stderr?.on('data', (c: Buffer) => (output += c));
  servers.push(server);
  for (const port of ports) await waitFor(`http://127.0.0.1:${port}/`, server, () => output);
  return ports;
}

/** Every file of a build as a URL path with the base (`/sub/events/x/` for an index.html). */
function urlPaths(dist: string, base: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return urlPaths(dist, base, full);
    if (name === '_headers' || name === '_redirects') return [];
    return [
      base +
        relative(dist, full)
          .replace(/\\/g, '/')
          .replace(/(^|\/)index\.html$/, '$1'),
    ];
  });
}

/** Header names whose values the generated rules set (what hosts add of their own is ignored). */
const DESCRIBED = [
  'content-security-policy',
  'referrer-policy',
  'x-content-type-options',
  'permissions-policy',
  'strict-transport-security',
  'cross-origin-opener-policy',
  'x-frame-options',
  'cache-control',
  'access-control-allow-origin',
];

for (const [serverName, start] of [
  ['nginx', startNginx],
  ['Caddy', startCaddy],
] as const) {
  describe(`the site behind ${serverName}`, () => {
    let origin: string;
    let subOrigin: string;
    let renamed: string;

    beforeAll(async () => {
      renamed = existsSync(join(work, 'renamed', 'dist', 'index.html'))
        ? join(work, 'renamed', 'dist')
        : await buildRenamedUnderBase();
      const sites: Site[] = [
        { dist: story, base: '/', webRoot: story },
        {
          dist: renamed,
          base: '/sub/',
          webRoot: existsSync(join(work, 'renamed-root'))
            ? join(work, 'renamed-root')
            : webRootFor('renamed', renamed, '/sub/'),
        },
      ];
      const [port, subPort] = await start(sites);
      origin = `http://127.0.0.1:${port}`;
      subOrigin = `http://127.0.0.1:${subPort}`;
    }, 180_000);

    for (const [label, which] of [
      ['at the root', 'story'],
      ['under /sub/', 'renamed'],
    ] as const) {
      it(`sends ${label} every file with status 200 and exactly the headers _headers gives its path`, async () => {
        const dist = which === 'story' ? story : renamed;
        const base = which === 'story' ? '/' : '/sub/';
        const host = which === 'story' ? origin : subOrigin;
        const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
        const redirected = new Set(
          parseRedirectsFile(readFileSync(join(dist, '_redirects'), 'utf8')).map((r) => r.from),
        );
        const problems: string[] = [];
        const paths = urlPaths(dist, base).filter((p) => !redirected.has(p));
        for (const path of paths) {
          const response = await fetch(host + path, { redirect: 'manual' });
          await response.arrayBuffer();
          if (response.status !== 200) {
            problems.push(`${path}: status ${response.status}`);
            continue;
          }
          const expected = headersFor(path, rules);
          for (const name of DESCRIBED) {
            // A header sent twice reaches fetch as one value joined with ", ", in the order sent.
            const want =
              expected
                .filter(([n]) => n.toLowerCase() === name)
                .map(([, v]) => v)
                .join(', ') || null;
            const got = response.headers.get(name);
            if (want !== got)
              problems.push(
                `${path}: ${name} is ${JSON.stringify(got)}, _headers says ${JSON.stringify(want)}`,
              );
          }
          const type = expected.find(([n]) => n === 'Content-Type');
          if (type && response.headers.get('content-type') !== type[1])
            problems.push(
              `${path}: content-type ${response.headers.get('content-type')}, _headers says ${type[1]}`,
            );
        }
        expect(paths.length).toBeGreaterThan(which === 'story' ? 150 : 10);
        expect(problems).toEqual([]);
      }, 120_000);
    }

    it('resolves every registered permalink of the story', async () => {
      const registry = readFileSync(join(root, 'content', 'permalinks.txt'), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('/'));
      const failing: string[] = [];
      for (const path of registry) {
        const response = await fetch(origin + path, { redirect: 'manual' });
        await response.arrayBuffer();
        if (response.status !== 200) failing.push(`${path}: ${response.status}`);
      }
      expect(registry.length).toBeGreaterThan(100);
      expect(failing).toEqual([]);
    });

    it('answers a renamed permalink with 301 to its new address, under the base path', async () => {
      const response = await fetch(subOrigin + '/sub' + OLD, { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(new URL(response.headers.get('location')!, subOrigin).pathname).toBe('/sub' + NEW);
      const page = await fetch(subOrigin + '/sub' + NEW);
      expect(page.status).toBe(200);
    });

    it("answers a missing page with the site's 404 page and status 404, with the security headers", async () => {
      for (const [host, path, page] of [
        [origin, '/events/no-such-event/', join(story, '404.html')],
        [subOrigin, '/sub/no-such-page/', join(renamed, '404.html')],
        // Each edition's own, in its language, for an address under its prefix.
        [origin, '/ar/events/no-such-event/', join(story, 'ar', '404.html')],
        [origin, '/he/no-such-page/', join(story, 'he', '404.html')],
        [origin, '/arabic/', join(story, '404.html')],
      ] as const) {
        const response = await fetch(host + path);
        expect(response.status).toBe(404);
        expect(await response.text()).toBe(readFileSync(page, 'utf8'));
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      }
      // A missing event is inside a section, so it gets the header policy; a path outside every
      // section relies on the policy in the 404 page's own <meta>.
      expect(
        (await fetch(origin + '/events/no-such-event/')).headers.get('content-security-policy'),
      ).toContain("default-src 'self'");
      expect(readFileSync(join(renamed, '404.html'), 'utf8')).toMatch(
        /<meta http-equiv="content-security-policy" content="[^"]*default-src 'self'/i,
      );
    });

    it('sends on pages with an inline style and script a policy that allows exactly their hashes', async () => {
      for (const path of [
        '/',
        '/ar/',
        '/events/2025-09-25-microsoft-cuts-off-unit-8200-services/',
      ]) {
        const response = await fetch(origin + path);
        const html = await response.text();
        const hashes = await pageInlineHashes(html);
        expect(hashes.styles.length + hashes.scripts.length, path).toBeGreaterThan(0);
        const policies = (response.headers.get('content-security-policy') ?? '')
          .split(/,\s*/)
          .filter((p) => /script-src/.test(p));
        expect(policies.length, path).toBeGreaterThan(0);
        for (const policy of policies) {
          expect(policyProblems(policy, hashes), path).toEqual([]);
          // Nothing beyond the site's own inline elements: one stylesheet and the theme script.
          expect(policy.match(/'sha256-/g)?.length, path).toBe(2);
          // A page whose inline style changed by one byte is not allowed by the same policy.
          const changed = await pageInlineHashes(html.replace('<style>', '<style> '));
          expect(policyProblems(policy, changed), path).not.toEqual([]);
        }
      }
    });

    it('keeps hashed assets for a year and pages, feeds and data for minutes', async () => {
      const asset = readdirSync(join(story, '_astro'))[0]!;
      expect((await fetch(`${origin}/_astro/${asset}`)).headers.get('cache-control')).toBe(
        CACHE_IMMUTABLE,
      );
      for (const path of ['/', '/events/', '/feeds/events.atom.xml', '/data/events.json']) {
        expect((await fetch(origin + path)).headers.get('cache-control'), path).toBe(CACHE_SHORT);
      }
    });

    it('sends feeds, data and citation files with their media types, and open data to other sites', async () => {
      const type = async (path: string) => (await fetch(origin + path)).headers.get('content-type');
      expect(await type('/feeds/events.atom.xml')).toBe('application/atom+xml; charset=utf-8');
      expect(await type('/feeds/events.rss.xml')).toBe('application/rss+xml; charset=utf-8');
      expect(await type('/feeds/events.json')).toBe('application/feed+json; charset=utf-8');
      expect(await type('/data/timelinejs.json')).toBe('application/json; charset=utf-8');
      const event = readdirSync(join(story, 'events')).find((n) =>
        existsSync(join(story, 'events', n, 'cite.bib')),
      )!;
      expect(await type(`/events/${event}/cite.bib`)).toBe('application/x-bibtex; charset=utf-8');
      expect(await type(`/events/${event}/cite.ris`)).toBe(
        'application/x-research-info-systems; charset=utf-8',
      );
      // Each translated edition's citation files, beside its event page.
      for (const prefix of ['ar', 'he'].filter((p) =>
        existsSync(join(story, p, 'events', event, 'cite.bib')),
      )) {
        expect(await type(`/${prefix}/events/${event}/cite.bib`)).toBe(
          'application/x-bibtex; charset=utf-8',
        );
        expect(await type(`/${prefix}/events/${event}/cite.ris`)).toBe(
          'application/x-research-info-systems; charset=utf-8',
        );
      }
      expect(
        (await fetch(origin + '/data/timelinejs.json')).headers.get('access-control-allow-origin'),
      ).toBe('*');
      expect(
        (await fetch(origin + '/events/')).headers.get('access-control-allow-origin'),
      ).toBeNull();
    });

    it('lets other sites frame embeds only', async () => {
      expect((await fetch(origin + '/embed/')).headers.get('x-frame-options')).toBeNull();
      expect((await fetch(origin + '/events/')).headers.get('x-frame-options')).toBe('DENY');
    });
  });
}
