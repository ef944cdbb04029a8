/**
 * Astro integration that stops the build when an address in the permalink registry
 * (`<content>/permalinks.txt`) is no longer built and no redirect answers for it: renaming or
 * deleting an entry can never silently break a link readers and other sites rely on. The rules
 * are in src/lib/content/permalinks.ts; a content folder without a registry is not checked.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  expandRedirects,
  missingPaths,
  missingPathsMessage,
  publicPaths,
} from '../lib/content/permalinks';

/** Every file below `dir`, relative to `root`, with `/` separators. */
function files(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory()
      ? files(full, root)
      : [relative(root, full).replace(/\\/g, '/')];
  });
}

/**
 * @param options.registered the registry's paths (empty: no check).
 * @param options.redirects page redirects from `<content>/redirects.json`, site paths without base.
 * @param options.registryFile and `redirectsFile`: the files to name in the message.
 */
export function permalinkRegistry(options: {
  registered: readonly string[];
  redirects: Readonly<Record<string, string>>;
  registryFile: string;
  redirectsFile: string;
}): AstroIntegration {
  return {
    name: 'permalink-registry',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (options.registered.length === 0) return;
        const built = publicPaths(files(fileURLToPath(dir)));
        const missing = missingPaths(
          options.registered,
          built,
          expandRedirects(options.registered, options.redirects),
        );
        if (missing.length)
          throw new Error(
            missingPathsMessage(missing, options.registryFile, options.redirectsFile),
          );
        logger.info(
          `All ${options.registered.length} registered addresses are built or redirected.`,
        );
      },
    },
  };
}
