/**
 * `/feeds/events.rss.xml`, `/feeds/events.atom.xml`, `/feeds/events.json` and the same three for
 * `corrections`: the story's feeds (see src/lib/publishing/feeds.ts for the rules), each the newest
 * `listLimits.feedItems` items.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { correctionVersions, getVersions } from '../../../data/revisions';
import { getStory } from '../../../data/story';
import { feedEvent, feedSiteFor } from '../../../data/publishing';
import { inEditions } from '../../../data/editions';
import { correctionsFeed, eventsFeed, type FeedFormat } from '../../../lib/publishing/feeds';
import { listLimits, urls } from '../../../site.config';
import type { Edition } from '../../../lib/i18n';

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export const getStaticPaths = (() =>
  inEditions((edition, ed) =>
    (['events', 'corrections'] as const).flatMap((name) =>
      (['rss', 'atom', 'json'] as const).map((format) => ({
        params: { ...ed, file: urls.feed(name, format).split('/').pop()! },
        props: { name, format, edition },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { name, format, edition } = props as {
    name: 'events' | 'corrections';
    format: FeedFormat;
    edition: Edition;
  };
  const { ui } = edition.words;
  const feedSite = feedSiteFor(edition);
  const story = await getStory(edition);
  const versions = await getVersions();
  const events = story.events.map((e) => ({
    ...feedEvent(e, story),
    correctionVersions: correctionVersions(versions.get(e.id) ?? []),
  }));
  const words = ui.feeds;
  const body =
    name === 'events'
      ? eventsFeed(events, feedSite, format, listLimits.feedItems)
      : correctionsFeed(
          events,
          feedSite,
          format,
          {
            title: `${words.corrections} · ${feedSite.name}`,
            description: words.correctionsDescription,
            item: words.correctionItem,
            version: ui.revisions.versionLabel,
            history: ui.revisions.history,
          },
          listLimits.feedItems,
        );
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPE[format] } });
};
