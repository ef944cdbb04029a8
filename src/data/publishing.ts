/**
 * Plain records of the story for feeds, open data, filters, search
 * meta, social cards): the story's typed events turned into the shapes the pure modules in src/lib
 * take. Reads nothing itself: everything comes from `getStory()`.
 */
import { formatEventDate, sortKey, startYear } from '../lib/content/dates';
import type { FeedEvent } from '../lib/publishing/feeds';
import { english, statusText, ui, type Edition } from '../lib/i18n';
import { EVIDENCE_STATUSES } from '../lib/content/schema';
import type { FilterKey } from '../lib/story/filters';
import {
  editionAt,
  editionPrefix,
  editionPrefixes,
  editions,
  site,
  urls,
  urlsFor,
} from '../site.config';
import {
  exportLinksOf,
  type ExportActor,
  type ExportLinks,
  type ExportSource,
  type ExportEvent,
} from '../lib/publishing/open-data';
import { type SocialCardKind } from '../lib/urls';
import { cardAlt, type CardContent } from '../lib/drawing/social-card';
import { statusColours } from '../lib/drawing/status-colours';
import globalCss from '../styles/global.css?raw';
import { getStory } from './story';
import type { Story, StoryEvent } from './story';

/**
 * An event as the feeds need it, in the words of `story`'s edition.
 * @param story the story the event belongs to, for its edition and its tag labels.
 */
export function feedEvent(event: StoryEvent, story: Pick<Story, 'edition' | 'tagById'>): FeedEvent {
  const edition = story.edition;
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    dateLabel: formatEventDate(event.date, edition.dates),
    sortKey: sortKey(event.date),
    published: event.published,
    updated: event.updated,
    statusLabel: edition.words.statusText[event.status].label,
    tags: event.tags.map((id) => ({ id, label: story.tagById.get(id)?.label ?? id })),
    corrections: event.corrections,
  };
}

/** The site facts feeds and data files carry. */
export const feedSite = {
  name: site.name,
  tagline: site.tagline,
  language: site.language,
  publisher: site.publisher,
  licence: site.licence,
  urls,
};

/** The site facts of one edition's feeds: its name and tagline, its language and its addresses. */
export const feedSiteFor = (edition: Edition) =>
  edition === english
    ? feedSite
    : {
        ...feedSite,
        name: edition.words.site.name,
        tagline: edition.words.site.tagline,
        language: edition.locale,
        urls: urlsFor(edition),
      };

/** Every tag used by an event, sorted, each with its events (oldest first, as given). */
export function eventsByTag(events: readonly StoryEvent[]): Map<string, StoryEvent[]> {
  const byTag = new Map<string, StoryEvent[]>();
  for (const event of events)
    for (const tag of event.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), event]);
  return new Map([...byTag.entries()].sort(([a], [b]) => english.format.compare(a, b)));
}

/** An event's current version (its latest revision), when the story keeps revisions. */
function versionOf(story: Story, id: string): { version?: { number: number; date: string } } {
  const latest = story.revisionsByEvent.get(id)?.at(-1);
  return latest ? { version: { number: latest.revision, date: latest.date } } : {};
}

/** Everything the open-data files need, from the story. */
export function openData(story: Story) {
  const events: ExportEvent[] = story.events.map((e) => ({
    id: e.id,
    title: e.title,
    summary: e.summary,
    date: e.date,
    dateLabel: formatEventDate(e.date, english.dates),
    status: e.status,
    statusLabel: statusText[e.status].label,
    statusNote: e.statusNote,
    tags: e.tags,
    actors: e.actors.map(({ actor, role }) => ({
      id: actor,
      name: story.actorById.get(actor)!.name,
      role,
    })),
    sources: e.sources,
    published: e.published,
    updated: e.updated,
    corrections: e.corrections,
    ...versionOf(story, e.id),
  }));
  const sourceById = new Map<string, ExportSource>(story.sources.map((s) => [s.id, s]));
  return {
    events,
    actors: story.actors as ExportActor[],
    sources: story.sources as ExportSource[],
    sourceById,
  };
}

/** Absolute links for the data files. */
export const exportLinks: ExportLinks = exportLinksOf(urls);

/** The choices of the timeline filter on `/`: only values some shown event has, each with its label. */
export function filterChoices(
  story: Story,
  shown: readonly StoryEvent[],
): Record<FilterKey, { value: string; label: string }[]> {
  const has = (pick: (e: StoryEvent) => readonly string[]) => new Set(shown.flatMap(pick));
  const actors = has((e) => e.actors.map((a) => a.actor));
  const tags = has((e) => e.tags);
  const statuses = has((e) => [e.status]);
  const years = has((e) => [startYear(e.date)]);
  return {
    actor: story.actors
      .filter((a) => actors.has(a.id))
      .map((a) => ({ value: a.id, label: a.name })),
    tag: [...tags]
      .map((t) => ({ value: t, label: story.tagById.get(t)?.label ?? t }))
      .sort((a, b) => story.edition.format.compare(a.label, b.label)),
    status: EVIDENCE_STATUSES.filter((s) => statuses.has(s)).map((s) => ({
      value: s,
      label: story.edition.words.statusText[s].label,
    })),
    year: [...years].sort().map((y) => ({ value: y, label: y })),
  };
}

/** The status colours of the design tokens; a card takes the light scheme's (cards have a light ground). */
const STATUS_COLOURS = statusColours(globalCss, 'src/styles/global.css');

/**
 * Every social card: `path` is its file below `social/` without `.png` (`site`, `events/<id>`,
 * `actors/<id>`, and for a translated page `<code>/events/<id>`, `<code>/actors/<id>`).
 */
export function socialCards(story: Story): SocialCard[] {
  return cardIndex(story).list;
}
type SocialCard = { path: string; kind: SocialCardKind; id: string; content: CardContent };
/** The cards of a story, made once: every page looks its own card up by `path`. */
const cardsOf = new WeakMap<Story, { list: SocialCard[]; byPath: Map<string, SocialCard> }>();
function cardIndex(story: Story) {
  let cards = cardsOf.get(story);
  if (!cards) {
    const list = socialCardList(story);
    cardsOf.set(story, (cards = { list, byPath: new Map(list.map((c) => [c.path, c])) }));
  }
  return cards;
}

/**
 * The cards of every edition: the English story's, then each other edition's own cards, one per
 * translated event and actor, in its words, script and direction. A page whose translation is
 * missing shows the English text, so it shares the English card: none is drawn for it.
 */
export async function allSocialCards(): Promise<SocialCard[]> {
  const source = await getStory();
  const others = await Promise.all(editions.slice(1).map((e) => getStory(e)));
  return [...socialCards(source), ...others.flatMap(socialCards)];
}

function socialCardList(story: Story): SocialCard[] {
  const { edition } = story;
  if (edition !== english) return editionCardList(story);
  const words = ui.social;
  // The site's name and tagline in the story's edition: a card drawn for an edition names it so.
  const named = { ...site, ...story.edition.words.site };
  return [
    {
      path: 'site',
      kind: 'site' as const,
      id: '',
      content: {
        kicker: words.site,
        title: named.name,
        details: [named.tagline.length > 140 ? '' : named.tagline].filter(Boolean),
        site: named.publisher,
      },
    },
    ...story.events.map((e) => ({
      path: `events/${e.id}`,
      kind: 'event' as const,
      id: e.id,
      content: {
        kicker: words.event,
        title: e.title,
        details: [
          formatEventDate(e.date, english.dates),
          `${ui.event.evidence}: ${statusText[e.status].label}`,
        ],
        site: named.name,
        accent: STATUS_COLOURS[e.status].light,
      },
    })),
    ...story.actors.map((a) => ({
      path: `actors/${a.id}`,
      kind: 'actor' as const,
      id: a.id,
      content: {
        kicker: `${words.actor}: ${english.words.actorKindSingular[a.kind]}`,
        title: a.name,
        details: [ui.actor.eventsCount(story.eventsByActor.get(a.id)!.length)],
        site: named.name,
      },
    })),
  ];
}

/**
 * A translated edition's own cards: its site card (the site's name and tagline in its language)
 * and its translated events and actors; an untranslated entry's page shows the English card. Each
 * is set in the edition's direction and language, which choose the script's face
 * (src/lib/drawing/social-card.ts), and names the site as the edition does.
 */
function editionCardList(story: Story): SocialCard[] {
  const { edition } = story;
  const { ui: words, statusText: status, actorKindSingular } = edition.words;
  const prefix = editionPrefix(edition);
  const script = { direction: edition.direction, lang: edition.locale };
  const named = edition.words.site;
  return [
    {
      path: `${prefix}/site`,
      kind: 'site' as const,
      id: '',
      content: {
        kicker: words.social.site,
        title: named.name,
        details: [named.tagline.length > 140 ? '' : named.tagline].filter(Boolean),
        site: site.publisher,
        ...script,
      },
    },
    ...story.events
      .filter((e) => e.translation)
      .map((e) => ({
        path: `${prefix}/events/${e.id}`,
        kind: 'event' as const,
        id: e.id,
        content: {
          kicker: words.social.event,
          title: e.title,
          details: [
            formatEventDate(e.date, edition.dates),
            `${words.event.evidence}: ${status[e.status].label}`,
          ],
          site: named.name,
          accent: STATUS_COLOURS[e.status].light,
          ...script,
        },
      })),
    ...story.actors
      .filter((a) => a.translation)
      .map((a) => ({
        path: `${prefix}/actors/${a.id}`,
        kind: 'actor' as const,
        id: a.id,
        content: {
          kicker: `${words.social.actor}: ${actorKindSingular[a.kind]}`,
          title: a.name,
          details: [words.actor.eventsCount(story.eventsByActor.get(a.id)!.length)],
          site: named.name,
          ...script,
        },
      })),
  ];
}

/**
 * The card of an event or actor in `story`'s edition: the edition's own when the entry is
 * translated there, else the English card. Absolute URL; for og:image, twitter:image and JSON-LD.
 */
export function cardUrl(story: Story, kind: 'event' | 'actor', id: string): string {
  const entry = kind === 'event' ? story.eventById.get(id) : story.actorById.get(id);
  const own = story.edition !== english && entry?.translation;
  const cardUrls = own ? urlsFor(story.edition) : urls;
  return cardUrls.absolute(cardUrls.socialCard(kind, id));
}

/**
 * The social card of the page at `pathname` (an event's or actor's page gets its own, in the
 * page's edition when translated there; every other page the site's), with its absolute URL and
 * alt text (the card's own words, so in the edition's language).
 */
export async function socialCardFor(pathname: string): Promise<{ url: string; alt: string }> {
  const edition = editionAt(pathname);
  const story = await getStory(edition);
  const path = urls.inThisEdition(pathname, editionPrefixes);
  const [section, id] = path.slice(urls.home().length).split('/');
  const kind: SocialCardKind =
    section === 'events' && id && story.eventById.has(id)
      ? 'event'
      : section === 'actors' && id && story.actorById.has(id)
        ? 'actor'
        : 'site';
  if (kind === 'site') {
    const prefix = editionPrefix(edition);
    const card = cardIndex(story).byPath.get(prefix ? `${prefix}/site` : 'site')!;
    const own = urlsFor(edition);
    return { url: own.absolute(own.socialCard('site')), alt: cardAlt(card.content) };
  }
  const url = cardUrl(story, kind, id!);
  const own = url !== urls.absolute(urls.socialCard(kind, id));
  const card = own
    ? cardIndex(story).byPath.get(`${editionPrefix(edition)}/${kind}s/${id}`)!
    : cardIndex(await getStory()).byPath.get(`${kind}s/${id}`)!;
  return { url, alt: cardAlt(card.content) };
}
