/**
 * `/feeds/events.rss.xml`, `/feeds/events.atom.xml`, `/feeds/events.json` and the same three for
 * `corrections`: the story's feeds (see src/lib/publishing/feeds.ts for the rules), each the newest
 * `listLimits.feedItems` items.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { correctionVersions, getVersions } from '../../data/revisions';
import { getStory } from '../../data/story';
import { feedEvent, feedSite } from '../../data/publishing';
import { correctionsFeed, eventsFeed, type FeedFormat } from '../../lib/publishing/feeds';
import { listLimits, urls } from '../../site.config';
import { ui } from '../../lib/i18n';

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export const getStaticPaths = (() =>
  (['events', 'corrections'] as const).flatMap((name) =>
    (['rss', 'atom', 'json'] as const).map((format) => ({
      params: { file: urls.feed(name, format).split('/').pop()! },
      props: { name, format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { name, format } = props as { name: 'events' | 'corrections'; format: FeedFormat };
  const story = await getStory();
  const versions = await getVersions();
  const events = story.events.map((e) => ({
    ...feedEvent(e),
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
