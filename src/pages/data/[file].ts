/**
 * `/data/events.json`, `/data/events.csv`, `/data/actors.json`, `/data/sources.json`,
 * `/data/timelinejs.json` and the JSON Schemas beside them: the story as open data
 * (see src/lib/publishing/open-data.ts and /data/ for what each file holds).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../data/story';
import { exportLinks, feedSite, openData } from '../../data/publishing';
import {
  actorsDocument,
  eventsCsv,
  eventsDocument,
  sourcesDocument,
  timelineJs,
} from '../../lib/publishing/open-data';
import { OPEN_DATA_SCHEMAS } from '../../lib/publishing/open-data-schema';
import { formatEventDate, type EventDate } from '../../lib/content/dates';
import { english, ui } from '../../lib/i18n';

/** Dates in the data files are labelled in the English edition's words. */
const dateLabel = (date: EventDate) => formatEventDate(date, english.dates);

const JSON_TYPE = 'application/json; charset=utf-8';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const FILES: Record<string, () => Promise<{ body: string; type: string }>> = {
  'events.json': async () => {
    const d = openData(await getStory());
    return {
      body: json(eventsDocument(d.events, d.sourceById, dateLabel, feedSite, exportLinks)),
      type: JSON_TYPE,
    };
  },
  'events.csv': async () => ({
    body: eventsCsv(openData(await getStory()).events, exportLinks),
    type: 'text/csv; charset=utf-8; header=present',
  }),
  'actors.json': async () => {
    const d = openData(await getStory());
    return {
      body: json(actorsDocument(d.actors, d.events, feedSite, exportLinks)),
      type: JSON_TYPE,
    };
  },
  'sources.json': async () => {
    const d = openData(await getStory());
    return {
      body: json(sourcesDocument(d.sources, d.events, dateLabel, feedSite, exportLinks)),
      type: JSON_TYPE,
    };
  },
  'timelinejs.json': async () => ({
    body: json(
      timelineJs(openData(await getStory()).events, feedSite, exportLinks, {
        status: ui.event.evidence,
        readMore: ui.data.readMore,
      }),
    ),
    type: JSON_TYPE,
  }),
  ...Object.fromEntries(
    Object.entries(OPEN_DATA_SCHEMAS).map(([name, schema]) => [
      name,
      async () => ({ body: json(schema), type: 'application/schema+json; charset=utf-8' }),
    ]),
  ),
};

export const getStaticPaths = (() =>
  Object.keys(FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { body, type } = await FILES[params.file!]!();
  return new Response(body, { headers: { 'Content-Type': type } });
};
