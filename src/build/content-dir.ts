/**
 * The content folder the build reads: `CONTENT_DIR` as the editor set it (a path relative to the
 * project, or absolute), default `content`, without a trailing slash. Every message that names a
 * content file to create names it in this folder, written the way the editor wrote the folder.
 * @param env Environment to read (`process.env` by default).
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.CONTENT_DIR ?? 'content').replace(/(.)[\\/]+$/, '$1');
}
