#!/usr/bin/env node
/**
 * `npm run revise -- <event-id> --note "what changed" [--correction]`: records the event's current
 * file (content/events/<event-id>.mdx) as its next revision in content/revisions/<event-id>/ and
 * its SHA-256 in content/revisions/lock.json. Run it after every change readers will see; the
 * build stops, naming this command, when an event differs from its latest revision.
 *
 * `npm run revise -- --seed` gives every event that has no history its revision 1.
 * CONTENT_DIR picks the content folder (default content/). README, "Revisions".
 */
import { recordRevision, seedRevisions } from '../src/build/revisions.ts';
import { contentDir } from '../src/build/content-dir.ts';
import { formatDay } from '../src/lib/content/dates.ts';

const args = process.argv.slice(2);
const value = (name) => {
  const i = args.indexOf(name);
  return i > -1 ? args[i + 1] : undefined;
};
const usage =
  'Usage: npm run revise -- <event-id> --note "what changed" [--correction]\n       npm run revise -- --seed';

try {
  if (args.includes('--seed')) {
    const seeded = await seedRevisions((published, updated, corrections) =>
      updated && updated !== published
        ? `First recorded version: the text as it stood on ${formatDay(updated)}${corrections ? ', with its corrections' : ''} (first published ${formatDay(published)}; the earlier wording was not kept).`
        : 'First published.',
    );
    console.log(
      `revise: revision 1 recorded for ${seeded.length} event(s) in ${contentDir()}/revisions/.`,
    );
  } else {
    const id = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--note');
    const note = value('--note');
    if (!id || note === undefined) {
      console.error(usage);
      process.exit(2);
    }
    const record = await recordRevision(id, {
      note,
      correction: args.includes('--correction'),
      date: new Date().toISOString().slice(0, 10),
    });
    console.log(
      `revise: ${id} revision ${record.revision} (${record.correction ? 'correction' : 'update'}, ${record.date}) recorded in ${contentDir()}/revisions/${id}/.`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
