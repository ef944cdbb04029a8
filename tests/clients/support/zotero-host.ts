/**
 * A minimal Node host for Zotero's own translation framework, to run Zotero's real web
 * translators on a page the build wrote. Nothing of Zotero is kept in this repository: the host
 * loads it at test time from a checkout of zotero/translators (`ZOTERO_TRANSLATORS`, every
 * translator: `Embedded Metadata.js`, `COinS.js`, `RDF.js`, …) and three checkouts beside it,
 * in the same parent folder, named as their repositories are:
 *
 * - `translate/`: the translation framework (`Zotero.Translate.Web`, detection, the sandbox the
 *   translators run in, `Zotero.Item`, the RDF store the Embedded Metadata translator fills),
 * - `utilities/`: `Zotero.Utilities` (what translators call `ZU`: `xpath`, `cleanAuthor`, …),
 *   `Zotero.Date`, `Zotero.OpenURL` (what COinS parses with) and the item type schema,
 * - `zotero-schema/`: `schema.json`, the item types and fields.
 *
 * The framework's README names what a host must provide, and this host provides exactly that:
 * `Zotero.Translators` (here: the translators folder read once into memory, sorted by priority
 * as Zotero sorts them), `Zotero.HTTP` (here: refuses every request, so a translator that would
 * fetch something fails instead of reaching the network), `Zotero.Translate.ItemSaver` (here:
 * keeps the items), and the schema and date formats; the framework's own sandbox runs the translators. Pages are parsed by jsdom with their
 * permalink as the document's address, as the translation server parses a fetched page.
 *
 * Licence: Zotero's code is AGPL-3.0; it is used here as a test tool only, never copied into the
 * repository nor shipped with the site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

/** A creator as Zotero saves it: `fieldMode: 1` is one field (an organisation), `lastName` only. */
export interface ZoteroCreator {
  creatorType: string;
  firstName?: string;
  lastName?: string;
  fieldMode?: number;
}

/** An item as a Zotero web translator completes it (the fields this project checks, and any other). */
export interface ZoteroItem {
  itemType: string;
  title?: string;
  creators: ZoteroCreator[];
  date?: string;
  url?: string;
  publisher?: string;
  websiteTitle?: string;
  publicationTitle?: string;
  language?: string;
  abstractNote?: string;
  [field: string]: unknown;
}

/**
 * An item as Zotero stores it (the Zotero API's JSON, what the translation server returns): fields
 * not valid for the item type are dropped, and a creator without a first name is one field
 * (`name`; the desktop client's `fieldMode: 1`) instead of `firstName` and `lastName`.
 */
export interface SavedItem {
  itemType: string;
  creators: { creatorType: string; name?: string; firstName?: string; lastName?: string }[];
  [field: string]: unknown;
}

/** What one translation gave: the translator Zotero chose and the items it saved. */
export interface Translation {
  /** Labels of every translator that detected the page, in the order Zotero tries them. */
  detected: string[];
  /** Label of the translator that saved the items. */
  translator: string;
  /** The items as the translator completed them. */
  items: ZoteroItem[];
  /** The same items as Zotero stores them (see `SavedItem`), notes and attachments left out. */
  saved: SavedItem[];
}

/** A web translator as the framework describes it (only what the host reads). */
interface TranslatorInfo {
  label: string;
  translatorID: string;
  priority: number;
  translatorType: number;
  target?: string | null;
}

/** The checkouts a host needs, each with a file that shows it is the right one. */
function parts(translators: string): [string, string][] {
  const beside = dirname(resolve(translators));
  return [
    [translators, 'Embedded Metadata.js'],
    [join(beside, 'translate'), 'src/translation/translate.js'],
    [join(beside, 'utilities'), 'utilities.js'],
    [join(beside, 'zotero-schema'), 'schema.json'],
  ];
}

/**
 * Why Zotero's code cannot be loaded, or `undefined` when it can.
 * @param translators The zotero/translators checkout (`ZOTERO_TRANSLATORS`); `translate/`,
 *   `utilities/` and `zotero-schema/` are looked for in its parent folder.
 */
export function missingSources(translators: string | undefined): string | undefined {
  if (!translators) return 'ZOTERO_TRANSLATORS is not set';
  const missing = parts(translators).filter(([dir, file]) => !existsSync(join(dir, file)));
  return missing.length
    ? `missing ${missing.map(([dir, file]) => join(dir, file)).join(', ')}`
    : undefined;
}

const TYPES = { import: 1, export: 2, web: 4, search: 8 } as const;

/** Reads the metadata block and code of every translator in `dir`, as Zotero's loaders do. */
function readTranslators(dir: string): Record<string, unknown>[] {
  const header = /^\s*{[\S\s]*?}\s*?[\r\n]/;
  const out: Record<string, unknown>[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (file.startsWith('.') || !file.endsWith('.js')) continue;
    let code = readFileSync(join(dir, file), 'utf8');
    if (code.startsWith('\uFEFF')) code = code.slice(1);
    const m = header.exec(code.slice(0, code.indexOf('"lastUpdated"') + 50));
    if (!m) continue;
    try {
      out.push({ ...(JSON.parse(m[0]) as object), code, cacheCode: true });
    } catch {
      // A file without a valid header is not a translator (the framework skips it too).
    }
  }
  return out;
}

let loaded: any;

/**
 * Loads Zotero's framework (see `missingSources` for where from) into the global `Zotero` (once per process) and returns it.
 * @throws Error when the sources are missing (see `missingSources`).
 */
function loadZotero(translators: string): any {
  if (loaded) return loaded;
  const why = missingSources(translators);
  if (why) throw new Error(why);
  const [, [translateDir], [utilitiesDir], [schemaDir]] = parts(translators) as [
    unknown,
    [string],
    [string],
    [string],
  ];
  const require = createRequire(import.meta.url);
  const translate = (p: string) => require(join(translateDir, 'src', p));
  const utilities = (p: string) => require(join(utilitiesDir, p));

  const log: string[] = [];
  const Zotero: any = {
    isNode: true,
    isServer: true,
    locale: 'en-US',
    version: '5.0.97',
    debug: (message: unknown) => log.push(String(message)),
    logError: (error: unknown) => log.push(`ERROR ${String(error)}`),
    setTimeout,
    Prefs: { get: () => undefined, set: () => {}, clear: () => {} },
    log,
  };
  (globalThis as any).Zotero = Zotero;

  // The DOM the framework expects as globals under Node (it parses RDF/XML and HTML with them).
  const { window } = new JSDOM('<html></html>');
  (globalThis as any).DOMParser = window.DOMParser;
  (globalThis as any).XMLSerializer = window.XMLSerializer;
  (globalThis as any).XPathResult = window.XPathResult;

  Zotero.Date = utilities('date.js');
  Zotero.OpenURL = utilities('openurl.js');
  Zotero.Promise = translate('promise.js');
  Zotero.Debug = translate('debug.js');
  Zotero.Debug.log = (message: unknown) => log.push(String(message));

  Zotero.Translators = translate('translators.js');
  const cache: Record<keyof typeof TYPES, any[]> = { import: [], export: [], web: [], search: [] };
  const byId: Record<string, any> = {};
  Object.assign(Zotero.Translators, {
    get: (id: string) => byId[id] ?? false,
    getAllForType: async (type: keyof typeof TYPES) => cache[type].slice(),
    getCodeForTranslator: async (t: any) => t.code,
    // Every web translator whose target matches the address; detection runs on these.
    getWebTranslatorsForLocation: async (uri: string) => [
      cache.web.filter((t: TranslatorInfo) => !t.target || new RegExp(t.target, 'i').test(uri)),
      [],
    ],
  });

  Zotero.Utilities = {
    ...utilities('utilities.js'),
    XRegExp: utilities('xregexp-all.js'),
    Item: utilities('utilities_item.js'),
  };
  Zotero.Utilities.Translate = translate('utilities_translate.js');
  utilities('xregexp-unicode-zotero.js')(Zotero.Utilities.XRegExp);
  Zotero.Schema = utilities('schema.js');
  Zotero.Schema.init(JSON.parse(readFileSync(join(schemaDir, 'schema.json'), 'utf8')));
  Zotero.Date.init(utilities('resource/dateFormats.json'));
  Zotero.Translator = translate('translator.js');

  // The framework's own sandbox (translator code evaluated in a closure over `Zotero`, `ZU`, …)
  // and item saver attach themselves to the global `Zotero.Translate`.
  Zotero.Translate = translate('translation/translate.js');
  translate('translation/sandboxManager.js');
  translate('translation/translate_item.js');
  Zotero.Translate.ItemSaver.prototype.saveItems = async function (this: any, items: unknown[]) {
    this.items = (this.items ?? []).concat(items);
    return items;
  };
  const proxy = translate('proxy.js');
  Zotero.Proxies = proxy.Proxies;
  Zotero.Proxy = proxy.Proxy;
  Zotero.RDF = { AJAW: translate('rdf/init.js') };
  Object.assign(Zotero, utilities('cachedTypes.js'));
  Zotero.setTypeSchema(utilities('resource/zoteroTypeSchemaData.js'));

  Zotero.HTTP = {
    request: async (method: string, url: string) => {
      throw new Error(`The test host makes no request (${method} ${url}).`);
    },
    processDocuments: async (urls: unknown) => {
      throw new Error(`The test host makes no request (${String(urls)}).`);
    },
  };

  for (const info of readTranslators(translators)) {
    const translator = new Zotero.Translator(info);
    byId[translator.translatorID] = translator;
    for (const [type, bit] of Object.entries(TYPES))
      if (translator.translatorType & bit) cache[type as keyof typeof TYPES].push(translator);
  }
  for (const list of Object.values(cache))
    list.sort((a: TranslatorInfo, b: TranslatorInfo) => a.priority - b.priority);

  loaded = Zotero;
  return Zotero;
}

/**
 * Runs Zotero's web translation on one page, as the Zotero Connector and translation server do:
 * every web translator whose target matches runs `detectWeb`; the detected ones are tried in
 * priority order (lowest number first) until one saves items. With `only`, that translator alone
 * is run (what the Connector's "Save to Zotero (…)" menu does for a translator that is not first).
 * @param translators The zotero/translators checkout, the others beside it (see the file header).
 * @param html The page as the server sends it.
 * @param url The address the page was read from (its permalink).
 * @param only Label of the one translator to run (`Embedded Metadata`, `COinS`).
 * @throws Error when the sources are missing, no translator detects the page, or every detected
 *   one fails (the message carries Zotero's own log).
 */
export async function translateWeb(
  translators: string,
  html: string,
  url: string,
  only?: string,
): Promise<Translation> {
  const Zotero = loadZotero(translators);
  Zotero.log.length = 0;
  const doc = new JSDOM(html, { url, contentType: 'text/html' }).window.document;
  const t = new Zotero.Translate.Web();
  t.setDocument(doc);
  const found: TranslatorInfo[] = await t.getTranslators(true);
  const detected = found.map((tr) => tr.label);
  const queue = only ? found.filter((tr) => tr.label === only) : found;
  if (!queue.length)
    throw new Error(
      `${only ?? 'No translator'} did not detect ${url} (detected: ${detected.join(', ') || 'none'}).\n${Zotero.log.join('\n')}`,
    );
  const failures: string[] = [];
  for (const translator of queue) {
    t.setTranslator(translator);
    try {
      const items = (await t.translate({ libraryID: false })) as ZoteroItem[];
      if (items.length) {
        const saved = items.map(
          (item) => Zotero.Utilities.Item.itemToAPIJSON(structuredClone(item))[0] as SavedItem,
        );
        for (const item of saved) for (const key of ['key', 'version']) delete item[key];
        return { detected, translator: translator.label, items, saved };
      }
      failures.push(`${translator.label}: no item`);
    } catch (e) {
      failures.push(`${translator.label}: ${String(e)}`);
    }
  }
  throw new Error(`No translator saved ${url}: ${failures.join('; ')}\n${Zotero.log.join('\n')}`);
}
