/**
 * `npm run check:content [-- <folder>]`: checks every entry of a content folder (default
 * `CONTENT_DIR`, else `content`) with the build's own rules, without building the site, and prints
 * every problem as `file:line:column  field  message  (fix)`, then a summary. Exits 1 when there is
 * an error (warnings alone exit 0). With `CI` set, problems are printed as GitHub Actions
 * annotations so they show on the pull request's lines.
 */
import { checkContent, formatProblem } from '../src/build/content-check.ts';

const started = performance.now();
const folder = (process.argv[2] ?? process.env.CONTENT_DIR ?? 'content').replace(
  /(.)[\\/]+$/,
  '$1',
);
const annotations = Boolean(process.env.CI) && process.env.CI !== 'false';
const { problems, entries } = checkContent(folder);
for (const problem of problems) console.log(formatProblem(problem, annotations));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `${errors === 0 ? '✓' : '✗'} ${folder}: ${plural(entries, 'entry').replace('entrys', 'entries')} checked, ${plural(errors, 'problem')}, ${plural(warnings, 'warning')} (${Math.round(performance.now() - started)} ms)`,
);
process.exitCode = errors > 0 ? 1 : 0;
