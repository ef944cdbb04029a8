/**
 * Turns the story's records into the plain inputs of the metadata and citation builders
 * (`src/lib/publishing/metadata.ts`, `src/lib/citations/`): absolute URLs, actor kinds and names resolved.
 */
import type { Actor, Story, StoryEvent } from './story';
import { editions, siteInfo as sourceSiteInfo, urls as sourceUrls, urlsFor } from '../site.config';
import type { Edition } from '../lib/i18n';
import {
  actorMetadata,
  eventMetadata,
  timelineMetadata,
  type MetaActor,
  type MetaEvent,
  type PageMetadata,
} from '../lib/publishing/metadata';
import type { CitableEntry } from '../lib/citations/formats';
import type { EventVersion } from './revisions';
import { eventVersionUrls, type VersionUrls } from '../lib/revisions';
import { ui } from '../lib/i18n';
import { buildDay } from '../build/build-day';
import { cardUrl } from './publishing';

/**
 * The site facts of an edition's metadata: its name (the dictionary's `site.name`), its language
 * (JSON-LD `inLanguage`, `og:locale`, `citation_language`) and addresses; the source edition's are
 * the site's own.
 */
function inEdition(edition: Edition) {
  if (edition === editions[0]) return { siteInfo: sourceSiteInfo, urls: sourceUrls };
  const urls = urlsFor(edition);
  return {
    siteInfo: {
      ...sourceSiteInfo,
      name: edition.words.site.name,
      language: edition.locale,
      homeUrl: urls.absolute(urls.home()),
      aboutUrl: urls.absolute(urls.about()),
    },
    urls,
  };
}

/** The site facts of the metadata of a page in `edition` (see `inEdition`). */
export const siteInfoFor = (edition: Edition) => inEdition(edition).siteInfo;

function metaActor(story: Story, actor: Actor, role?: string): MetaActor {
  const { urls } = inEdition(story.edition);
  const parent = actor.memberOf ? story.actorById.get(actor.memberOf) : undefined;
  return {
    name: actor.name,
    kind: actor.kind,
    url: urls.absolute(urls.actor(actor.id)),
    description: actor.description,
    role,
    aliases: actor.aliases,
    website: actor.website,
    wikidata: actor.wikidata,
    memberOf: parent ? { name: parent.name, url: urls.absolute(urls.actor(parent.id)) } : undefined,
  };
}

/** An event with its actors and sources resolved, for metadata. */
export function metaEvent(story: Story, event: Omit<StoryEvent, 'entry'>): MetaEvent {
  const { urls } = inEdition(story.edition);
  return {
    title: event.title,
    summary: event.summary,
    url: urls.absolute(urls.event(event.id)),
    published: event.published,
    updated: event.updated,
    actors: event.actors.map(({ actor, role }) =>
      metaActor(story, story.actorById.get(actor)!, role),
    ),
    sources: event.sources.map((id) => {
      const s = story.sourceById.get(id)!;
      return {
        title: s.title,
        url: s.url,
        publisher: s.publisher,
        authors: s.authors,
        date: s.date.start.iso,
        language: s.language,
      };
    }),
    corrections: event.corrections,
    tags: event.tags.map((id) => story.tagById.get(id)?.label ?? id),
    image: cardUrl(story, 'event', event.id),
    happened: {
      start: event.date.start.iso,
      end: event.date.end && event.date.end !== 'open' ? event.date.end.iso : undefined,
    },
  };
}

/**
 * Head metadata of an event's page; with `latest` (its latest version), JSON-LD names the version.
 */
export const eventPageMetadata = (
  story: Story,
  event: StoryEvent,
  latest?: EventVersion,
): PageMetadata =>
  eventMetadata(
    // An untranslated event's page shows the English text: its metadata says so.
    event.translation === null
      ? { ...inEdition(story.edition).siteInfo, language: sourceSiteInfo.language }
      : inEdition(story.edition).siteInfo,
    {
      ...metaEvent(story, event),
      ...(latest ? { version: { number: latest.number, date: latest.record.date } } : {}),
      // A translated page names the English article it translates.
      ...(event.translation
        ? { translationOf: sourceUrls.absolute(sourceUrls.event(event.id)) }
        : {}),
    },
  );

/**
 * Head metadata of a version page: the version's own fields, title naming the version (what
 * Zotero and other readers of Highwire tags take as the title), address and day.
 */
export function versionPageMetadata(story: Story, version: EventVersion): PageMetadata {
  const base = metaEvent(story, version.event);
  const { siteInfo, urls } = inEdition(story.edition);
  return eventMetadata(siteInfo, {
    ...base,
    title: ui.revisions.versionTitle(version.event.title, version.number),
    url: urls.absolute(urls.eventVersion(version.eventId, version.number)),
    version: { number: version.number, date: version.record.date, latestUrl: base.url },
  });
}

/** An event's version addresses, absolute (for head links, headers and TimeMaps) or site-relative. */
export const versionUrls = (eventId: string, absolute = true): VersionUrls =>
  eventVersionUrls(sourceUrls, eventId, absolute);

/** One version of an event as a citable entry: the version's address and day, named in words. */
export function citableVersion(version: EventVersion): CitableEntry {
  const { event } = version;
  return {
    id: version.eventId,
    title: event.title,
    url: sourceUrls.absolute(sourceUrls.eventVersion(version.eventId, version.number)),
    published: event.published,
    updated: version.record.date === event.published ? undefined : version.record.date,
    summary: event.summary,
    version: { number: version.number, words: ui.revisions.versionWords(version.number) },
  };
}

/** Head metadata of an actor's page. */
export const actorPageMetadata = (story: Story, actor: Actor): PageMetadata =>
  actorMetadata(inEdition(story.edition).siteInfo, {
    ...metaActor(story, actor),
    description: actor.description,
  });

/** The first day any event was published and the last day any was published or updated (`YYYY-MM-DD`); the day of the build when there is no event. */
export function storyDates(story: Story): { firstPublished: string; lastChange: string } {
  const published = story.events.map((e) => e.published).sort();
  const changes = story.events.map((e) => e.updated ?? e.published).sort();
  return { firstPublished: published[0] ?? buildDay, lastChange: changes.at(-1) ?? buildDay };
}

/** Head metadata of the home page, listing `shown` (the events it lists). */
export function timelinePageMetadata(story: Story, shown: readonly StoryEvent[]): PageMetadata {
  const { siteInfo, urls } = inEdition(story.edition);
  return timelineMetadata(
    siteInfo,
    {
      title: story.edition.words.site.name,
      description: story.edition.words.site.tagline,
      url: urls.absolute(urls.home()),
      ...storyDates(story),
    },
    shown.map((e) => ({ title: e.title, url: urls.absolute(urls.event(e.id)) })),
  );
}

/**
 * An event as a citable entry: the site is author and publisher; the permalink is the URL.
 * @param edition the edition of the page that cites it (default: the source edition).
 */
export function citableEvent(event: StoryEvent, edition: Edition = editions[0]!): CitableEntry {
  // A translated page is cited as itself: its own address, its title, in its language. A page
  // still showing the English text (no translation yet) is cited at its address, in English.
  const urls = inEdition(edition).urls;
  return {
    id: event.id,
    title: event.title,
    url: urls.absolute(urls.event(event.id)),
    published: event.published,
    updated: event.updated,
    summary: event.summary,
    ...(edition !== editions[0] && event.translation ? { language: edition.locale } : {}),
  };
}

/** The whole timeline as a citable entry, dated by its last change. */
export function citableTimeline(story: Story): CitableEntry {
  const { firstPublished, lastChange } = storyDates(story);
  // A translated edition's timeline is cited as itself: its name, its address, its language.
  const { urls } = inEdition(story.edition);
  const translated = story.edition !== editions[0];
  return {
    id: 'timeline',
    title: story.edition.words.site.name,
    url: urls.absolute(urls.home()),
    published: firstPublished,
    updated: lastChange === firstPublished ? undefined : lastChange,
    summary: story.edition.words.site.tagline,
    ...(translated ? { language: story.edition.locale } : {}),
  };
}
