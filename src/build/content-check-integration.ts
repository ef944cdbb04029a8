/**
 * Runs the content check (`src/build/content-check.ts`, the code behind `npm run check:content`)
 * inside Astro, so that `npm run build` and `npm run dev` report content mistakes the same way:
 * every problem at once, each as `file:line:column  field  message  (fix)`, syntax errors in YAML
 * and MDX at the mistake's own line and column, and no stack trace.
 *
 * - `astro build`: before anything is compiled; on any error the build stops (exit code 1) after
 *   printing them all. Warnings are printed and the build goes on.
 * - `astro dev`: shows drafts (`import.meta.env.SHOW_DRAFTS`, read by `src/data/story.ts`); checks when the server starts and again each time a file in the content folder changes;
 *   problems are printed (the server keeps running, so the editor can fix and save).
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from './content-check.ts';
import { contentDir } from './content-dir.ts';

/** Creates the integration; `folder` defaults to `CONTENT_DIR`. */
export function contentCheck(folder = contentDir()): AstroIntegration {
  const report = (
    log: { error: (m: string) => void; warn: (m: string) => void; info: (m: string) => void },
    quietWhenClean: boolean,
  ) => {
    const { problems } = checkContent(folder);
    const errors = problems.filter((p) => p.severity === 'error');
    for (const p of problems) {
      if (p.severity === 'error') log.error(formatProblem(p));
      else log.warn(formatProblem(p));
    }
    if (errors.length > 0)
      log.error(
        `${errors.length} content problem${errors.length === 1 ? '' : 's'} in ${folder}: fix ${errors.length === 1 ? 'it' : 'them'} and run again (npm run check:content checks in a second).`,
      );
    else if (!quietWhenClean) log.info(`${folder}: no content problems.`);
    return errors.length;
  };
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        // Drafts (draft: true) are shown by the dev server and by nothing else, whatever NODE_ENV
        // says: src/data/story.ts reads this flag.
        updateConfig({
          vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } },
        });
        if (command !== 'build') return;
        if (report(logger, true) > 0) {
          // Exiting here, not throwing: a thrown error would add Astro's stack trace to messages
          // that already say where the problem is and how to fix it.
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        report(logger, true);
        const root = resolve(folder);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string) => {
          if (!resolve(file).startsWith(root)) return;
          clearTimeout(timer);
          timer = setTimeout(() => report(logger, false), 100);
        };
        server.watcher.add(root);
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
