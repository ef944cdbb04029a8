/**
 * Astro integration that lets only one build of this project run at a time, whatever its content
 * folder: the next one waits for it. Astro writes each build's map of content modules to the
 * project's own `.astro/` folder (not to `cacheDir`, which holds everything else per content folder),
 * so two builds at once would render each other's entries. `astro sync` and `astro check` write the
 * same map, so they take the lock too (until they exit). `astro dev` does not: an editor's preview
 * runs for hours, and a build meanwhile would wait for it. The lock is a file in `.astro/` holding
 * the process id; a lock left by a process that died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Is a process with this id still running? */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock file, or says which process holds it. */
function tryLock(file: string): number | undefined {
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(file, 'utf8'));
    if (holder === process.pid) return undefined;
    if (!Number.isInteger(holder) || !running(holder)) {
      rmSync(file, { force: true });
      return tryLock(file);
    }
    return holder;
  }
}

export function buildLock(): AstroIntegration {
  let file: string | undefined;
  const release = () => {
    if (file && readFileSync(file, 'utf8') === String(process.pid)) rmSync(file, { force: true });
    file = undefined;
  };
  return {
    name: 'build-lock',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'sync') return;
        const dir = join(fileURLToPath(config.root), '.astro');
        mkdirSync(dir, { recursive: true });
        const lock = join(dir, 'build.lock');
        let holder = tryLock(lock);
        if (holder !== undefined)
          logger.info(
            `Another build or check of this project (process ${holder}) is running; this one starts when it ends.`,
          );
        while (holder !== undefined) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          holder = tryLock(lock);
        }
        file = lock;
        process.once('exit', release);
      },
      'astro:build:done': () => release(),
    },
  };
}
