/**
 * `npm run new:event|new:actor|new:source [-- --flag value …]`: writes a new draft entry into the
 * content folder (`CONTENT_DIR`, default `content`) and prints its path and what to fill in next.
 * Flags it is not given are asked for in a terminal; without a terminal they are required.
 * See EDITING.md, "Adding an entry".
 */
import { ScaffoldError, scaffold, terminalPrompt } from '../src/build/scaffold.ts';

const [kind, ...argv] = process.argv.slice(2);
const folder = (process.env.CONTENT_DIR ?? 'content').replace(/(.)[\\/]+$/, '$1');
if (!['event', 'actor', 'source'].includes(kind)) {
  console.error(
    'Usage: npm run new:event | new:actor | new:source [-- --flag value …] (see EDITING.md)',
  );
  process.exit(2);
}
const prompt = terminalPrompt();
try {
  const { file, next } = await scaffold(kind, argv, folder, prompt.ask);
  console.log(`Wrote ${file} (a draft).`);
  for (const line of next) console.log(`  - ${line}`);
} catch (error) {
  if (!(error instanceof ScaffoldError || error?.code?.startsWith?.('ERR_PARSE_ARGS'))) throw error;
  console.error(`new:${kind}: ${error.message}`);
  process.exitCode = 1;
} finally {
  prompt.close();
}
