/**
 * Builds a fixture content folder with the real Astro build, for the tests whose subject is the
 * build itself (it stops, prints the message, writes the pages). Every build gets its own folder,
 * `node_modules/.cache/tests/<name>-<pid>-<random>/`, holding `content/` (CONTENT_DIR), `dist/`
 * (OUT_DIR) and `cache/` (CACHE_DIR): two runs at once, in one clone or two, never share a path.
 * The folder is inside the project because with OUT_DIR outside it Astro puts its prerender chunks
 * in the project's shared `.astro/` folder.
 *
 * Builds of one project take turns whoever starts them (the build's own lock,
 * src/build/build-lock.ts): every Astro build of a project writes the map of its content modules
 * to that project's `.astro/`, so two at once would render each other's entries. Builds in two
 * clones do not share it and run at once.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project root. */
export const root = join(import.meta.dirname, '..', '..');
/** The valid content folder every fixture starts from. */
export const validContent = join(root, 'tests', 'content', 'valid');

/**
 * A new, empty folder of the tests' own, unique to this process and call.
 * @param name Readable prefix (the test's subject), kept in the folder name for debugging.
 */
export function scratchDir(name: string): string {
  const dir = join(
    root,
    'node_modules',
    '.cache',
    'tests',
    `${name}-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Removes a folder made by `scratchDir` (for `afterAll`). */
export function removeScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** What a build left: its folders, the exit code (0 = built) and everything it printed. */
export interface FixtureBuild {
  dir: string;
  content: string;
  dist: string;
  code: number;
  output: string;
}

export interface FixtureOptions {
  /** Folders copied over the valid content folder, in order (files in them replace or add files). */
  overlays?: string[];
  /** Which overlay files to copy (default: all but `expected.json`, a fixture's expectations). */
  filter?: (file: string) => boolean;
  /** Changes the content folder before the build (write or remove files); gets its path. */
  prepare?: (content: string) => void;
  /** More environment for the build (SITE_URL, …). */
  env?: Record<string, string>;
}

/**
 * Copies the valid content folder (plus `overlays`, then `prepare`) into a new scratch folder and
 * builds it. Never throws for a failed build: a must-fail test reads `code` and `output`.
 * @param name Prefix of the scratch folder (see `scratchDir`).
 */
export function buildFixture(name: string, options: FixtureOptions = {}): Promise<FixtureBuild> {
  const dir = scratchDir(name);
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  cpSync(validContent, content, { recursive: true });
  const filter = options.filter ?? ((file: string) => !file.endsWith('expected.json'));
  for (const overlay of options.overlays ?? [])
    cpSync(overlay, content, { recursive: true, filter });
  options.prepare?.(content);
  return (async () => {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
        {
          cwd: root,
          env: {
            ...process.env,
            CONTENT_DIR: content,
            OUT_DIR: dist,
            CACHE_DIR: join(dir, 'cache'),
            NO_COLOR: '1',
            FORCE_COLOR: '0',
            ...options.env,
          },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      return { dir, content, dist, code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code?: number | string; stdout?: string; stderr?: string };
      return {
        dir,
        content,
        dist,
        code: typeof e.code === 'number' ? e.code : 1,
        output: (e.stdout ?? '') + (e.stderr ?? ''),
      };
    }
  })();
}
