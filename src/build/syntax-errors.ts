/**
 * Syntax errors in content, told the way an editor can act on them: the line and column of the
 * mistake itself, one sentence on what is wrong and one on how to fix it, never a stack trace.
 *
 * Two parsers report them: the `yaml` package (front matter, source and era files) and Sätteri
 * (MDX text: an unclosed tag, a stray `{`). The YAML parser notices an unclosed quotation mark or
 * bracket only where the document ends, lines after the mistake, so the opening mark is searched
 * for and reported instead.
 */

/** Where a syntax error is, 1-based, and what to say about it. */
export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
}

interface YamlLikeError {
  code?: string;
  message: string;
  linePos?: [{ line: number; col: number }, ...unknown[]];
}

/** The last unmatched `open` at or before line `upTo` (1-based), searching upwards. */
function findOpener(
  text: string,
  open: string,
  close: string,
  upTo: number,
): { line: number; column: number } | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = Math.min(upTo, lines.length) - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (open === close) {
      // A quotation mark that opens a value and is not closed on its line.
      const at = line.search(new RegExp(`(^|[:\\[,{-]\\s*)${open === '"' ? '"' : "'"}`));
      if (at === -1) continue;
      const start = line.indexOf(open, at);
      const rest = line.slice(start + 1).replace(open === '"' ? /\\./g : /''/g, '');
      if (!rest.includes(open)) return { line: i + 1, column: start + 1 };
    } else {
      let depth = 0;
      for (let c = line.length - 1; c >= 0; c--) {
        if (line[c] === close) depth++;
        else if (line[c] === open) {
          if (depth === 0) return { line: i + 1, column: c + 1 };
          depth--;
        }
      }
    }
  }
  return undefined;
}

/**
 * Locates a syntax error from either parser.
 * @param error a `YAMLError` (with `code` and `linePos`) or Sätteri's error (message `L:C: …`).
 * @param text the text that was parsed, to find an unclosed mark's opening.
 * @returns the position (line 1 column 1 when none is given) and the message without the parser's
 *   rule name or code excerpt.
 */
export function locateSyntaxError(error: unknown, text: string): SyntaxProblem {
  const e = error as YamlLikeError;
  const firstLine = String(e?.message ?? error).split('\n')[0]!;
  if (e && typeof e === 'object' && 'linePos' in e && e.linePos) {
    const reported = { line: e.linePos[0].line, column: e.linePos[0].col };
    const what = firstLine.replace(/ at line \d+, column \d+:?$/, '');
    const missing = /^Missing closing (["'])quote/.exec(what)?.[1];
    if (missing) {
      const opener = findOpener(text, missing, missing, reported.line);
      return {
        ...(opener ?? reported),
        message: `YAML: this ${missing === '"' ? 'double' : 'single'} quotation mark is never closed.`,
        fix: `end the value with ${missing} on the same line`,
      };
    }
    const bracket = /end with a ([\]}])/.exec(what)?.[1] ?? /^Missing ([\]}])/.exec(what)?.[1];
    if (bracket) {
      const open = bracket === ']' ? '[' : '{';
      const opener = findOpener(text, open, bracket, reported.line);
      return {
        ...(opener ?? reported),
        message: `YAML: this ${open} is never closed.`,
        fix: `close the list with ${bracket} on the same line, or write one item a line starting with "- "`,
      };
    }
    if (e.code === 'DUPLICATE_KEY')
      return { ...reported, message: 'YAML: this field is given twice.', fix: 'keep one of them' };
    return {
      ...reported,
      message: `YAML: ${what.replace(/\.$/, '')}.`,
      fix: 'check the quotation marks, colons and indentation on this line and the one before',
    };
  }
  const located = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)$/.exec(firstLine);
  if (located) {
    const message = located[3]!
      .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
      .replace(/\s*\(\d+:\d+\)/, '');
    const tag = /closing tag for `<([A-Za-z]+)>`/.exec(message)?.[1];
    const fix = tag
      ? `close it with </${tag}>, or end a tag with no content with />`
      : /brace|expression|`\{`/.test(message)
        ? 'expressions are not allowed in content: remove the {, or escape it as \\{'
        : 'check the tag or character at this place';
    return {
      line: Number(located[1]),
      column: Number(located[2]),
      message: `MDX: ${message.replace(/\.$/, '')}.`,
      fix,
    };
  }
  return { line: 1, column: 1, message: firstLine, fix: 'check the file near its start' };
}
