/**
 * Revisions: every published version of an event kept in the repository, so a citation of a
 * version can be checked years later whatever happens to the git history.
 *
 * - `content/revisions/<event-id>/<n>.mdx` is revision n: a byte-for-byte copy of the event file
 *   (`content/events/<event-id>.mdx`, front matter and text) as it was published in that revision.
 * - `content/revisions/<event-id>/revisions.yaml` lists the revisions, oldest first: number, day
 *   (`YYYY-MM-DD`), a one-line note and whether it is a correction.
 * - `content/revisions/lock.json` records the SHA-256 of every snapshot, so an edited, renamed or
 *   deleted revision stops the build.
 *
 * Here: the rules over those files (`checkRevisions`), the next revision an editor records
 * (`nextRevision`), the readable word-level difference between two revisions (`revisionDiff`),
 * and the standard version links (RFC 5829 relations, RFC 7089 TimeMaps, `Link` headers).
 * Pure: the build reads the files (`src/build/revisions.ts`) and passes their text in.
 */
export * from './hash.ts';
export * from './rules.ts';
export * from './diff.ts';
export * from './links.ts';
