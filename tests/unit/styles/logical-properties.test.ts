/**
 * Layout that follows the reading direction: components, layouts, pages and styles use logical
 * CSS (Tailwind's ms-/me-/ps-/pe-/start-/end-/border-s-/text-start, CSS margin-inline-start,
 * inset-inline, border-inline-start…), never left or right, so an Arabic or Hebrew page is laid
 * out right to left by its `dir` alone. This fails on any physical direction that comes back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FOLDERS = ['src/components', 'src/layouts', 'src/pages', 'src/styles'];

/** Tailwind utilities (after any `hover:`/`md:` variants and a leading `-`) that name a side. */
const PHYSICAL_CLASS =
  /^(?:[mp][lr]|scroll-[mp][lr]|left|right|border-[lr]|rounded-(?:[lr]|tl|tr|bl|br)|origin-(?:top-|bottom-)?(?:left|right)|bg-(?:gradient|linear)-to-(?:[lr]|t[lr]|b[lr]))(?:-|$)|^(?:text|float|clear)-(?:left|right)$|^(?:space|divide)-x-reverse$/;

/** CSS declarations that name a side (comments removed first). */
const PHYSICAL_CSS =
  /(?:^|[\s;{])(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)\b/;

/** The physical classes among the class lists of a file's markup (`class="…"`, `class={`…`}`, `'…'` inside `class={…}`). */
export function physicalClasses(source: string): string[] {
  const lists: string[] = [];
  for (const m of source.matchAll(/\bclass(?::list)?=(["{])/g)) {
    const from = m.index + m[0].length;
    if (m[1] === '"') {
      lists.push(source.slice(from, source.indexOf('"', from)));
      continue;
    }
    // An expression: up to its matching brace.
    let depth = 1;
    let i = from;
    for (; i < source.length && depth > 0; i++)
      depth += source[i] === '{' ? 1 : source[i] === '}' ? -1 : 0;
    // Every word of it that could be a class: strings' contents and the expression's names alike.
    lists.push(source.slice(from, i - 1).replace(/[^\w:\-[\]/.%]+/g, ' '));
  }
  return lists
    .flatMap((list) => list.split(/\s+/))
    .map((token) => token.replace(/^.*:/, '').replace(/^-/, ''))
    .filter((token) => PHYSICAL_CLASS.test(token));
}

/** The CSS declarations of a stylesheet or of a file's `<style>` blocks and `style="…"` attributes that name a side. */
export function physicalDeclarations(source: string, css: boolean): string[] {
  const blocks = css
    ? [source]
    : [
        ...[...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
        ...[...source.matchAll(/\bstyle="([^"]*)"/g)].map((m) => m[1]!),
      ];
  return blocks
    .map((b) => b.replace(/\/\*[\s\S]*?\*\//g, ''))
    .flatMap((b) => b.split('\n'))
    .filter((line) => PHYSICAL_CSS.test(line))
    .map((line) => line.trim());
}

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(astro|css|ts|tsx|mdx)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

describe('the checks find a physical direction', () => {
  it('in Tailwind classes, with and without variants', () => {
    expect(
      physicalClasses(
        '<p class="ml-2 hover:pr-4 text-right -left-1 md:rounded-tl-sm border-l-2 ms-2 text-start">',
      ),
    ).toEqual(['ml-2', 'pr-4', 'text-right', 'left-1', 'rounded-tl-sm', 'border-l-2']);
    expect(physicalClasses("<a class={`mt-1 ${x ? 'pl-3' : 'ps-3'}`}>")).toEqual(['pl-3']);
    expect(physicalClasses('<p class="mx-auto px-4 start-2 end-0 border-s-2 text-lead">')).toEqual(
      [],
    );
  });
  it('in CSS declarations, not in their logical forms or in comments', () => {
    expect(
      physicalDeclarations(
        '.a { margin-left: 1rem; }\n.b{left:0}\n.c { text-align: right; }\n/* padding-right: 0 */\n.d { margin-inline-start: 1rem; inset-inline-start: 0; }',
        true,
      ),
    ).toEqual(['.a { margin-left: 1rem; }', '.b{left:0}', '.c { text-align: right; }']);
    expect(physicalDeclarations('<div style="padding-right: 2px"></div>', false)).toHaveLength(1);
  });
});

describe('components, layouts, pages and styles use logical properties only', () => {
  const files = FOLDERS.flatMap(filesUnder);
  it('finds the files to check', () => {
    expect(files.some((f) => f.endsWith('global.css'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(20);
  });
  for (const file of files) {
    const name = relative(ROOT, file);
    it(`${name} names no left or right`, () => {
      const source = readFileSync(file, 'utf8');
      const css = file.endsWith('.css');
      const found = [...(css ? [] : physicalClasses(source)), ...physicalDeclarations(source, css)];
      expect(
        found,
        `use ms-/me-/ps-/pe-/start-/end-/text-start or *-inline-start/end in ${name}`,
      ).toEqual([]);
    });
  }
});
