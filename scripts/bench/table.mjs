/** Markdown output of the benchmarks. */

/**
 * Formats a markdown table, columns padded so that it also reads well in a terminal.
 * @param {string[]} headers column titles.
 * @param {Array<Array<string | number>>} rows cells, one array per row.
 * @returns {string}
 */
export function markdownTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(cells[0]), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join(
    '\n',
  );
}
