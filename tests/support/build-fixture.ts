/**
 * Builds a fixture content folder with the real Astro build, for the tests whose subject is the
 * build itself (it stops, prints the message, writes the pages). Every build gets its own folder,
 * `node_modules/.cache/tests/<name>-<pid>-<random>/`, holding `content/` (CONTENT_DIR), `dist/`
 * (OUT_DIR) and `cache/` (CACHE_DIR): two runs at once, in one clone or two, never share a path.
 * The folder is inside the project because with OUT_DIR outside it Astro puts its prerender chunks
 * in the project's shared `.astro/` folder.
 *
 * One build at a time per project, across test files and processes (a lock folder): every Astro
 * build of a project writes the map of its content modules to that project's `.astro/`
 * (`content-modules.mjs`), so a second build at the same time would render the first one's
 * entries. Builds in two clones do not share it and run at once.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  const dir = join(root, 'node_modules', '.cache', 'tests', `${name}-${process.pid}-${randomBytes(4).toString('hex')}`);
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

const lock = join(root, 'node_modules', '.cache', 'tests', 'astro-build.lock');

/** Whether the process that holds the lock is gone (it was stopped before it could let go). */
function lockIsStale(): boolean {
  try {
    process.kill(Number(readFileSync(join(lock, 'pid'), 'utf8')), 0);
    return false;
  } catch (error) {
    // No pid file yet (just taken), or a process we may not signal: still held.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Runs `task` while holding the project's build lock (see the header). */
async function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  mkdirSync(join(lock, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale()) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  try {
    return await task();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
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
  for (const overlay of options.overlays ?? []) cpSync(overlay, content, { recursive: true, filter });
  options.prepare?.(content);
  return oneAtATime(async () => {
    try {
      const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      });
      return { dir, content, dist, code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code?: number | string; stdout?: string; stderr?: string };
      return { dir, content, dist, code: typeof e.code === 'number' ? e.code : 1, output: (e.stdout ?? '') + (e.stderr ?? '') };
    }
  });
}
