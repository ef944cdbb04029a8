/**
 * Feeds of the story (RSS 2.0, Atom 1.0, JSON Feed 1.1), built with the `feed` package: one of
 * events and one of corrections. Pure: takes plain records, returns the feed text, so the rules
 * (order, links, dates) are unit-tested without Astro.
 *
 * Rules:
 * - an item's link is the event's canonical permalink exactly (`urls.absolute(urls.event(id))`), so a
 *   reader who follows it lands on the page the site cites as canonical;
 * - an event item's date is the day it last changed in substance (`updated`, else `published`),
 *   and its `published` the day it was first published; newest change first, ties broken by the
 *   event's own date (newest first) and then its id, so the order never depends on file order;
 * - a correction item is one entry of an event's `corrections`, newest first, linking to the
 *   event's permalink (its id adds `#correction-<n>` so each correction is its own item); when
 *   the story keeps revisions, its content links the version the correction made and the event's
 *   history, so a reader can see the corrected text as published and what changed;
 * - a feed holds at most `limit` items, the newest (`listLimits.feedItems` on the site): feed
 *   readers fetch it again and again, so it stays the same size however long the story grows;
 *   the whole story is in the open data (`/data/`);
 * - every text is text: the `feed` package declares item titles and summaries HTML (Atom
 *   `type="html"`, RSS CDATA, JSON Feed `content_html`), so each is HTML-escaped first, and a
 *   title or summary holding `<script>` or `&` reaches the reader as those characters, never as
 *   markup. JSON Feed titles are plain text by its specification and stay unescaped;
 * - the JSON Feed is version 1.1: `authors` (not the deprecated `author`) and `language`;
 * - a feed is dated by its newest item; an empty one by the story's last change (`storyLastChange`).
 */
import escapeHtml from 'escape-html';
import { Feed, type Item } from 'feed';
import type { SiteUrls } from '../urls/urls.ts';

/** What a feed needs to know of an event. */
export interface FeedEvent {
  id: string;
  title: string;
  summary: string;
  /** The event's date in words at its precision ("August 2025"). */
  dateLabel: string;
  /** Key that orders events chronologically (see `sortKey` in ./dates). */
  sortKey: string;
  /** `YYYY-MM-DD`. */
  published: string;
  /** `YYYY-MM-DD`, when changed in substance. */
  updated?: string | undefined;
  /** Evidence status label ("Reported"). */
  statusLabel: string;
  /** Its tags: the id names the tag's page, the label is in the feed's language. */
  tags: readonly { id: string; label: string }[];
  corrections: readonly { date: string; text: string }[];
  /** For correction k (from 1), at k − 1, the number of the version that made it (when kept). */
  correctionVersions?: readonly number[] | undefined;
}

export type FeedFormat = 'rss' | 'atom' | 'json';

/** Site-wide facts a feed carries. */
export interface FeedSite {
  name: string;
  tagline: string;
  language: string;
  publisher: string;
  licence: { name: string; url: string };
  /** The site's URL builders: every link in a feed is absolute. */
  urls: SiteUrls;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const lastChange = (e: FeedEvent) => e.updated ?? e.published;

/** Events newest change first (see the module's rules). @returns a new array. */
export function feedOrder<T extends FeedEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => {
    const byChange = lastChange(b).localeCompare(lastChange(a));
    if (byChange) return byChange;
    const byDate = b.sortKey.localeCompare(a.sortKey);
    return byDate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/**
 * The day the story last changed: the latest `updated` (else `published`) of any event. An empty
 * feed is dated by it, so a reader sees when the site last moved, never the Unix epoch.
 * @throws Error when there is no event at all, naming the fix.
 */
export function storyLastChange(events: readonly FeedEvent[]): string {
  const latest = events.map(lastChange).sort().at(-1);
  if (!latest)
    throw new Error('A feed needs a date and the story has no event: add one in content/events/.');
  return latest;
}

function newFeed(
  site: FeedSite,
  name: 'events' | 'corrections',
  title: string,
  description: string,
  updated: string,
): Feed {
  const { urls } = site;
  return new Feed({
    id: urls.absolute(urls.feed(name, 'atom')),
    title,
    description,
    link: urls.absolute(),
    language: site.language,
    updated: day(updated),
    generator: false,
    copyright: `${site.publisher}, ${site.licence.name} (${site.licence.url})`,
    feedLinks: {
      rss: urls.absolute(urls.feed(name, 'rss')),
      atom: urls.absolute(urls.feed(name, 'atom')),
      json: urls.absolute(urls.feed(name, 'json')),
    },
    author: { name: site.publisher, link: urls.absolute() },
  });
}

/** The canonical permalink of an event, absolute. */
export function eventPermalink(urls: SiteUrls, id: string): string {
  return urls.absolute(urls.event(id));
}

/** A title as the format carries it: escaped HTML in RSS and Atom, plain text in JSON Feed. */
const titleIn = (format: FeedFormat, text: string): string =>
  format === 'json' ? text : escapeHtml(text);

/**
 * The feed as text. The JSON Feed is raised to version 1.1 here, as data (the package writes 1.0):
 * `authors` replaces `author`, and `language` is added.
 */
function render(feed: Feed, format: FeedFormat, language: string): string {
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  const { author, ...json } = JSON.parse(feed.json1()) as Record<string, unknown>;
  return JSON.stringify(
    {
      ...json,
      version: 'https://jsonfeed.org/version/1.1',
      language,
      ...(author ? { authors: [author] } : {}),
    },
    null,
    4,
  );
}

/**
 * The feed of events.
 * @param events any order; the feed lists them newest change first.
 * @param limit the most items the feed holds (the newest); all of them when not given.
 * @returns the feed document as text (XML for rss/atom, JSON for json).
 */
export function eventsFeed(
  events: readonly FeedEvent[],
  site: FeedSite,
  format: FeedFormat,
  limit = Infinity,
): string {
  const ordered = feedOrder(events).slice(0, limit);
  const feed = newFeed(
    site,
    'events',
    site.name,
    site.tagline,
    ordered[0] ? lastChange(ordered[0]) : storyLastChange(events),
  );
  for (const event of ordered) {
    const link = eventPermalink(site.urls, event.id);
    const item: Item = {
      title: titleIn(format, event.title),
      id: link,
      guid: link,
      link,
      date: day(lastChange(event)),
      published: day(event.published),
      description: escapeHtml(`${event.dateLabel}. ${event.summary} (${event.statusLabel}.)`),
      category: event.tags.map((tag) => ({
        name: tag.label,
        term: tag.id,
        domain: site.urls.absolute(site.urls.tag(tag.id)),
      })),
    };
    feed.addItem(item);
  }
  return render(feed, format, site.language);
}

/** A correction item's HTML content linking the version it made and the history, when kept. */
function versionContent(
  site: FeedSite,
  c: FeedCorrection,
  words: { version?: (n: number) => string; history?: string },
): { content?: string } {
  const n = c.event.correctionVersions?.[c.number - 1];
  if (n === undefined || !words.version || !words.history) return {};
  const version = site.urls.absolute(site.urls.eventVersion(c.event.id, n));
  const history = site.urls.absolute(site.urls.eventHistory(c.event.id));
  return {
    content: `<p>${escapeHtml(c.text)}</p><p><a href="${escapeHtml(version)}">${escapeHtml(words.version(n))}</a> · <a href="${escapeHtml(history)}">${escapeHtml(words.history)}</a></p>`,
  };
}

/** One correction, with the event it belongs to. */
export interface FeedCorrection {
  event: FeedEvent;
  /** Position among the event's corrections, from 1 (oldest). */
  number: number;
  date: string;
  text: string;
}

/** Every correction of every event, newest first (ties: event id, then number). */
export function listCorrections(events: readonly FeedEvent[]): FeedCorrection[] {
  return events
    .flatMap((event) =>
      event.corrections.map((c, i) => ({ event, number: i + 1, date: c.date, text: c.text })),
    )
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) || a.event.id.localeCompare(b.event.id) || b.number - a.number,
    );
}

/**
 * The feed of corrections: one item per correction, linking to the corrected event's permalink.
 * Valid (and empty) when nothing has been corrected, dated then by the story's last change.
 * @param limit the most items the feed holds (the newest); all of them when not given.
 */
export function correctionsFeed(
  events: readonly FeedEvent[],
  site: FeedSite,
  format: FeedFormat,
  titles: {
    title: string;
    description: string;
    item: (eventTitle: string) => string;
    version?: (n: number) => string;
    history?: string;
  },
  limit = Infinity,
): string {
  const corrections = listCorrections(events).slice(0, limit);
  const feed = newFeed(
    site,
    'corrections',
    titles.title,
    titles.description,
    corrections[0]?.date ?? storyLastChange(events),
  );
  for (const c of corrections) {
    const link = eventPermalink(site.urls, c.event.id);
    feed.addItem({
      title: titleIn(format, titles.item(c.event.title)),
      id: `${link}#correction-${c.number}`,
      guid: `${link}#correction-${c.number}`,
      link,
      date: day(c.date),
      description: escapeHtml(c.text),
      ...versionContent(site, c, titles),
    });
  }
  return render(feed, format, site.language);
}
