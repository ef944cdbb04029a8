/**
 * The content check behind `npm run check:content`: reads every entry of a content folder with
 * the project's own parsers (the `yaml` package for front matter and sources, Sätteri, Astro's
 * Markdown and MDX processor, for text) and applies the same rules as the build — the Zod schemas
 * (`src/lib/content/schema.ts`), the checks across collections (`src/lib/content/integrity.ts`),
 * the rules on an entry's text (`src/lib/story/event-body.ts`), the redirects and the permalink
 * registry — without starting Astro. Every problem is collected, each at its file, line and
 * column, so an editor sees them all in one run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { today } from './build-day.ts';
import {
  makeActorSchema,
  makeEraSchema,
  makeEventSchema,
  makeSourceSchema,
  type ActorData,
  type EventData,
  type SourceData,
} from '../lib/content/schema.ts';
import { checkIntegrity, closestId, type Entry } from '../lib/content/integrity.ts';
import { parseRedirects, parseRegistry } from '../lib/content/permalinks.ts';
import { PLACEHOLDER } from '../lib/content/scaffold.ts';
import {
  checkEventTranslation,
  compareCitations,
  makeActorTranslationSchema,
  makeEraTranslationSchema,
  makeTagTranslationSchema,
  makeEventTranslationSchema,
  makePageTranslationSchema,
  makeSourceTranslationSchema,
  type EventTranslationData,
} from '../lib/content/translation.ts';
import { checkBody, textOf, type BodyNode } from '../lib/story/event-body.ts';
import { quotedStrings, unusedExcerpts, type QuotedSource } from '../lib/story/quotes.ts';
import { locateSyntaxError, type SyntaxProblem } from './syntax-errors.ts';

/** One problem, at its place: `file:line:column  field  message  (fix)`. */
export interface ContentProblem {
  /** The file, relative to the working folder. */
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
  /** How to fix it; empty when the message already says. */
  fix: string;
  severity: 'error' | 'warning';
}

/** The result of a check: problems in file order, and how many entries were read. */
export interface ContentReport {
  problems: ContentProblem[];
  entries: number;
}

interface Parsed<T> {
  id: string;
  file: string;
  /** The YAML document of the front matter or the source file, for locating fields. */
  doc: Document | undefined;
  counter: LineCounter;
  /** Lines before the YAML starts in the file (1 for front matter after `---`). */
  offset: number;
  raw: Record<string, unknown>;
  data: T | undefined;
  tree: BodyNode | undefined;
}

const FOLDERS = [
  { folder: 'events', ext: /\.(mdx?)$/, schema: () => makeEventSchema(today) },
  { folder: 'actors', ext: /\.(mdx?)$/, schema: () => makeActorSchema() },
  { folder: 'sources', ext: /\.(ya?ml)$/, schema: () => makeSourceSchema(today) },
  { folder: 'eras', ext: /\.(ya?ml)$/, schema: () => makeEraSchema(today) },
] as const;

/** The revision numbers recorded for an event (`<content>/revisions/<id>/revisions.yaml`); empty when none. */
function revisionNumbers(folder: string, id: string): number[] {
  const file = join(folder, 'revisions', id, 'revisions.yaml');
  if (!existsSync(file)) return [];
  const list = parseDocument(readFileSync(file, 'utf8')).toJS() as unknown;
  return Array.isArray(list)
    ? list.map((r) => Number((r as { revision?: unknown }).revision)).filter(Number.isInteger)
    : [];
}

/** `actors[1]`, `corrections[0].date` → a YAML path. */
function pathOf(field: string): (string | number)[] {
  return field
    .replace(/\s*\(.*\)$/, '')
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Checks a content folder.
 * @param folder the content folder (`CONTENT_DIR`, default `content`).
 * @param cwd the folder file names are written relative to (the project).
 * @returns every problem and warning; `problems` is empty when the content is sound.
 */
export function checkContent(folder: string, cwd = process.cwd()): ContentReport {
  const problems: ContentProblem[] = [];
  // Relative to the project when inside it (as editors type paths), else absolute.
  const name = (file: string) => {
    const rel = relative(cwd, file);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(file) : rel;
  };
  const add = (p: Omit<ContentProblem, 'severity'> & { severity?: ContentProblem['severity'] }) =>
    problems.push({ severity: 'error', ...p });
  const where = (entry: Parsed<unknown>, field: string): { line: number; column: number } => {
    const path = pathOf(field);
    // The deepest part of the path that exists: a missing field points at its parent (or line 1).
    for (let n = path.length; n > 0 && entry.doc; n--) {
      const node = entry.doc.getIn(path.slice(0, n), true) as
        { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        const pos = entry.counter.linePos(node.range[0]);
        return { line: pos.line + entry.offset, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };

  const parsed = new Map<string, Parsed<unknown>[]>();
  /** Ids of every file, those that could not be read included: one syntax error is one problem, not one per reference to it. */
  const known = new Map<string, Set<string>>();
  let count = 0;
  // Each language's translations (content/translations/<code>/…) are read like the English entries,
  // with their own schemas (src/lib/content/translation.ts), and checked below by the build's rules.
  const translationsDir = join(folder, 'translations');
  const codes = existsSync(translationsDir)
    ? readdirSync(translationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const translationFolders = codes.flatMap((code) => [
    {
      folder: `translations/${code}/events`,
      ext: /\.(mdx?)$/,
      schema: () => makeEventTranslationSchema(),
    },
    {
      folder: `translations/${code}/actors`,
      ext: /\.(mdx?)$/,
      schema: () => makeActorTranslationSchema(),
    },
    {
      folder: `translations/${code}/sources`,
      ext: /\.(ya?ml)$/,
      schema: () => makeSourceTranslationSchema(),
    },
    {
      folder: `translations/${code}/eras`,
      ext: /\.(ya?ml)$/,
      schema: () => makeEraTranslationSchema(),
    },
    {
      folder: `translations/${code}/tags`,
      ext: /\.(ya?ml)$/,
      schema: () => makeTagTranslationSchema(),
    },
    {
      folder: `translations/${code}/pages`,
      ext: /\.(mdx?)$/,
      schema: () => makePageTranslationSchema(),
    },
  ]);
  for (const { folder: sub, ext, schema } of [...FOLDERS, ...translationFolders]) {
    const dir = join(folder, sub);
    const list: Parsed<unknown>[] = [];
    parsed.set(sub, list);
    const ids = new Set<string>();
    known.set(sub, ids);
    if (!existsSync(dir)) continue;
    const seen = new Map<string, string>();
    for (const base of readdirSync(dir).sort()) {
      if (!ext.test(base)) continue;
      count++;
      const file = join(dir, base);
      const id = base.replace(ext, '');
      const previous = seen.get(id);
      if (previous) {
        add({
          file: name(file),
          line: 1,
          column: 1,
          field: 'id (file name)',
          message: `the id "${id}" is already used by ${name(join(dir, previous))}.`,
          fix: 'each entry needs its own file name; rename or remove one of them',
        });
        continue;
      }
      seen.set(id, base);
      ids.add(id);
      const text = readFileSync(file, 'utf8');
      const isText = /(^|\/)(events|actors|pages)$/.test(sub);
      let yamlText = text;
      let offset = 0;
      let tree: BodyNode | undefined;
      if (isText) {
        try {
          tree = (base.endsWith('.mdx')
            ? mdxToMdast(text)
            : markdownToMdast(text)) as unknown as BodyNode;
        } catch (error) {
          const at: SyntaxProblem = locateSyntaxError(error, text);
          add({
            file: name(file),
            line: at.line,
            column: at.column,
            field: 'syntax',
            message: at.message,
            fix: at.fix,
          });
          continue;
        }
        const front = tree.children?.[0];
        if (front?.type !== 'yaml') {
          add({
            file: name(file),
            line: 1,
            column: 1,
            field: 'front matter',
            message: 'the file has no front matter.',
            fix: 'start it with --- on the first line, the fields, then --- (see EDITING.md)',
          });
          continue;
        }
        yamlText = String(front.value ?? '');
        offset = 1;
      }
      const counter = new LineCounter();
      // Timestamps as dates, as the build's YAML reader (js-yaml) reads them, so that an unquoted date
      // where text is expected is caught the same way.
      const doc = parseDocument(yamlText, {
        lineCounter: counter,
        uniqueKeys: true,
        prettyErrors: true,
        customTags: ['timestamp'],
      });
      const entry: Parsed<unknown> = {
        id,
        file: name(file),
        doc,
        counter,
        offset,
        raw: {},
        data: undefined,
        tree,
      };
      if (doc.errors.length > 0) {
        for (const error of doc.errors) {
          const at = locateSyntaxError(error, yamlText);
          add({
            file: entry.file,
            line: at.line + offset,
            column: at.column,
            field: 'syntax',
            message: at.message,
            fix: at.fix,
          });
        }
        continue;
      }
      const raw = doc.toJS() as unknown;
      entry.raw = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
      // A new entry's placeholders (npm run new:…) must be written before it is published.
      if (entry.raw.draft !== true && text.includes(PLACEHOLDER)) {
        const index = text.indexOf(PLACEHOLDER);
        const line = text.slice(0, index).split('\n').length;
        add({
          file: entry.file,
          line,
          column: index - text.lastIndexOf('\n', index - 1),
          field: 'text',
          message: `"${PLACEHOLDER}" marks text still to be written, and the entry is not a draft.`,
          fix: `write that text, or put draft: true back until it is ready`,
        });
      }
      const result = schema().safeParse(raw ?? {});
      if (result.success) entry.data = result.data;
      else {
        for (const issue of result.error.issues) {
          const field =
            issue.path
              .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
              .join('') || '(entry)';
          add({ file: entry.file, ...where(entry, field), field, message: issue.message, fix: '' });
        }
      }
      list.push(entry);
    }
  }

  const valid = <T>(sub: string) =>
    (parsed.get(sub) ?? []).filter((e) => e.data !== undefined) as Parsed<T>[];
  const events = valid<EventData>('events');
  const actors = valid<ActorData>('actors');
  const sources = valid<SourceData>('sources');
  const byFile = new Map([...parsed.values()].flat().map((e) => [e.file, e]));
  const asEntries = <T>(list: Parsed<T>[]): Entry<T>[] =>
    list.map((e) => ({ id: e.id, file: e.file, data: e.data! }));
  const unreadable = (sub: string) =>
    new Set(
      [...(known.get(sub) ?? [])].filter(
        (id) => !(parsed.get(sub) ?? []).some((e) => e.id === id && e.data !== undefined),
      ),
    );
  const unreadableIds = new Set([...unreadable('actors'), ...unreadable('sources')]);
  for (const p of checkIntegrity(
    { events: asEntries(events), actors: asEntries(actors), sources: asEntries(sources) },
    folder,
  )) {
    // A reference to an entry that exists but could not be read is not a second problem.
    const id = /^Unknown (?:actor|source) id "([^"]+)"/.exec(p.message)?.[1];
    if (id && unreadableIds.has(id)) continue;
    const entry = byFile.get(p.file);
    add({
      file: p.file,
      ...(entry ? where(entry, p.field) : { line: 1, column: 1 }),
      field: p.field,
      message: p.message,
      fix: '',
    });
  }

  // The text of every event and actor: the build's own rules (src/lib/story/event-body.ts).
  const actorIds = known.get('actors') ?? new Set<string>();
  const draftActorIds = new Set(actors.filter((a) => a.data!.draft).map((a) => a.id));
  const quoted = new Map<string, QuotedSource>(
    sources.map((s) => [s.id, { date: s.data!.date.edtf, excerpts: s.data!.excerpts }]),
  );
  const allQuotes: { text: string; sources: string[] }[] = [];
  /** Each English event's citations (source ids in reading order), for its translations. */
  const englishCitations = new Map<string, string[][]>();
  for (const sub of ['events', 'actors']) {
    for (const entry of parsed.get(sub) ?? []) {
      if (!entry.tree) continue;
      const listed = Array.isArray(entry.raw.sources) ? entry.raw.sources.map(String) : [];
      const result = checkBody(entry.tree, {
        isEvent: sub === 'events' && entry.file.endsWith('.mdx'),
        listed,
        isActor: (id) => actorIds.has(id),
        actorIds: () => actorIds,
        isDraftActor: entry.raw.draft === true ? undefined : (id) => draftActorIds.has(id),
        actorFile: (id) => `${folder}/actors/${id}.md`,
        source: (id) => quoted.get(id),
      });
      for (const p of result.problems) {
        add({
          file: entry.file,
          ...(p.field === 'sources' ? where(entry, 'sources') : { line: p.line, column: p.column }),
          field: p.field,
          message: p.message,
          fix: p.fix,
        });
      }
      if (sub === 'events')
        englishCitations.set(
          entry.id,
          result.citations.map((c) => c.sources),
        );
      for (const q of result.quotes) allQuotes.push(q);
      // A misquoted excerpt is reported once, as the misquotation, not again as unused.
      for (const p of result.problems)
        if (p.excerpt) allQuotes.push({ text: p.excerpt.text, sources: [p.excerpt.source] });
      // Quoted strings in accounts count as uses of an excerpt too.
      allQuotes.push(...accountQuotations(entry.tree));
    }
  }
  // Translations: the rules the build applies (src/data/story.ts), so that the two never disagree.
  const eventIds = events.map((e) => e.id);
  for (const code of codes) {
    for (const entry of parsed.get(`translations/${code}/events`) ?? []) {
      if (!entry.data) continue;
      const english = events.find((e) => e.id === entry.id);
      // An English event that could not be read has its own problem; its translation waits for it.
      if (!english && known.get('events')?.has(entry.id)) continue;
      const report = (p: {
        field: string;
        message: string;
        fix: string;
        line?: number;
        column?: number;
      }) =>
        add({
          file: entry.file,
          ...(p.line !== undefined
            ? { line: p.line, column: p.column ?? 1 }
            : where(entry, p.field)),
          field: p.field,
          message: p.message,
          fix: p.fix,
        });
      const found = checkEventTranslation({
        file: entry.file,
        id: entry.id,
        data: entry.data as EventTranslationData,
        english: english && {
          statusNote: english.data!.statusNote,
          corrections: english.data!.corrections,
          revisions: revisionNumbers(folder, entry.id),
        },
        eventIds,
      });
      found.forEach(report);
      if (!english || !entry.tree) continue;
      const englishFile = join(folder, 'events', `${entry.id}.mdx`);
      const result = checkBody(entry.tree, {
        isEvent: true,
        listed: english.data!.sources,
        isActor: (id) => actorIds.has(id),
        actorIds: () => actorIds,
        actorFile: (id) => `${folder}/actors/${id}.md`,
        source: (id) => quoted.get(id),
        englishQuotations: existsSync(englishFile)
          ? quotedStrings(readFileSync(englishFile, 'utf8'))
          : [],
      });
      result.problems.forEach(report);
      const cited = englishCitations.get(entry.id);
      const problem =
        cited && result.problems.length === 0
          ? compareCitations(
              entry.file,
              cited,
              result.citations.map((c) => c.sources),
            )
          : null;
      if (problem) report(problem);
    }
    const englishIds = {
      actors: known.get('actors'),
      sources: known.get('sources'),
      eras: known.get('eras'),
    };
    for (const kind of ['actors', 'sources', 'eras'] as const) {
      for (const entry of parsed.get(`translations/${code}/${kind}`) ?? []) {
        if (!englishIds[kind]?.has(entry.id))
          add({
            file: entry.file,
            line: 1,
            column: 1,
            field: 'file name',
            message: `translates "${entry.id}", which is not in ${folder}/${kind}/.`,
            fix: `name the file after an English entry of ${folder}/${kind}/, or remove it`,
          });
        const english = kind === 'sources' ? sources.find((x) => x.id === entry.id) : undefined;
        if (
          english &&
          (entry.data as { title?: string } | undefined)?.title &&
          !english.data!.titleIsDescription
        )
          add({
            file: entry.file,
            ...where(entry, 'title'),
            field: 'title',
            message: `translates the published title of "${entry.id}": a work's own title is never translated.`,
            fix: 'remove title (translate it only when the English has titleIsDescription: true)',
          });
      }
    }
    const closest = (id: string, ids: Iterable<string>) => {
      const best = closestId(id, ids);
      return best ? ` (did you mean "${best}"?)` : '';
    };
    // A tag exists only as a value of some event's `tags`; a label for any other is a typo.
    const tags = new Set(
      (parsed.get('events') ?? []).flatMap(
        (e) => (e.data as { tags?: string[] } | undefined)?.tags ?? [],
      ),
    );
    const unreadEvents = (parsed.get('events') ?? []).some((e) => !e.data);
    for (const entry of parsed.get(`translations/${code}/tags`) ?? []) {
      if (unreadEvents || !entry.data || tags.has(entry.id)) continue;
      add({
        file: entry.file,
        line: 1,
        column: 1,
        field: 'file name',
        message: `labels a tag "${entry.id}" that no event in ${folder}/events/ carries.`,
        fix: `name the file after a tag some event carries${closest(entry.id, tags)}, or remove it`,
      });
    }
  }

  // With an event that could not be read, its quotations are unknown: no excerpt is called unused.
  const unreadText = [...(known.get('events') ?? [])].some(
    (id) => !(parsed.get('events') ?? []).some((e) => e.id === id && e.tree),
  );
  for (const u of unreadText ? [] : unusedExcerpts(quoted, allQuotes)) {
    const entry = sources.find((s) => s.id === u.source)!;
    add({
      file: entry.file,
      ...where(entry, `excerpts[${u.index}]`),
      field: `excerpts[${u.index}]`,
      message: `no <Quote> or account quotes this excerpt ("${u.excerpt.text.slice(0, 60)}${u.excerpt.text.length > 60 ? '…' : ''}").`,
      fix: 'remove it, or quote it where the event needs it',
      severity: 'warning',
    });
  }

  // Redirects and the permalink registry: every registered entry address still leads somewhere.
  const redirectsFile = join(folder, 'redirects.json');
  let redirects: Record<string, string> = {};
  if (existsSync(redirectsFile)) {
    try {
      redirects = parseRedirects(readFileSync(redirectsFile, 'utf8'), name(redirectsFile));
    } catch (error) {
      add({
        file: name(redirectsFile),
        line: 1,
        column: 1,
        field: 'redirects',
        message: (error as Error).message,
        fix: '',
      });
    }
  }
  const registryFile = join(folder, 'permalinks.txt');
  if (existsSync(registryFile)) {
    const lines = readFileSync(registryFile, 'utf8').split(/\r?\n/);
    const registered = new Set(parseRegistry(lines.join('\n')));
    lines.forEach((line, i) => {
      const path = line.trim();
      const match = /^\/(events|actors|sources)\/([^/]+)\/$/.exec(path);
      if (!match || !registered.has(path) || match[2] === '2' || /^\d+$/.test(match[2]!)) return;
      const [, sub, id] = match;
      const exists = known.get(sub!)?.has(id!) ?? false;
      const draft = (parsed.get(sub!) ?? []).some((e) => e.id === id && e.raw.draft === true);
      if (draft) {
        add({
          file: name(registryFile),
          line: i + 1,
          column: 1,
          field: 'permalink',
          message: `"${path}" is a published address, but ${sub!.slice(0, -1)} "${id}" is now a draft (draft: true), left out of the site.`,
          fix: 'remove draft: true: an address given to readers stays published (correct the entry instead)',
        });
        return;
      }
      if (!exists && !(path in redirects)) {
        add({
          file: name(registryFile),
          line: i + 1,
          column: 1,
          field: 'permalink',
          message: `"${path}" is a published address, but there is no ${sub!.slice(0, -1)} "${id}".`,
          fix: `restore ${folder}/${sub}/${id}, or add "${path}" to ${folder}/redirects.json pointing at its new address`,
        });
      }
    });
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { problems, entries: count };
}

/** The quoted strings inside every `<Account>` of a tree, with the sources the account cites. */
function accountQuotations(tree: BodyNode): { text: string; sources: string[] }[] {
  const found: { text: string; sources: string[] }[] = [];
  const visit = (node: BodyNode) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'Account'
    ) {
      const source = node.attributes?.find((a) => a.name === 'source')?.value;
      const ids = typeof source === 'string' ? source.split(/[\s,]+/).filter(Boolean) : [];
      for (const text of quotedStringsOf(node)) found.push({ text, sources: ids });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

const quotedStringsOf = (node: BodyNode) => quotedStrings(textOf(node));

/** Escapes a GitHub workflow command's data (`%`, CR, LF) or property (also `:` and `,`). */
function escapeAnnotation(value: string, property = false): string {
  const data = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? data.replace(/:/g, '%3A').replace(/,/g, '%2C') : data;
}

/**
 * Formats one problem for a terminal: `file:line:column  field  message  (fix)`, or, with
 * `annotations`, as a GitHub Actions workflow command (`::error file=…,line=…,col=…,title=…::…`).
 */
export function formatProblem(p: ContentProblem, annotations = false): string {
  const text = `${p.message}${p.fix ? `  (${p.fix})` : ''}`;
  if (annotations) {
    return `::${p.severity} file=${escapeAnnotation(p.file, true)},line=${p.line},col=${p.column},title=${escapeAnnotation(p.field, true)}::${escapeAnnotation(text)}`;
  }
  return `${p.file}:${p.line}:${p.column}  ${p.field}  ${p.severity === 'warning' ? 'warning: ' : ''}${text}`;
}
