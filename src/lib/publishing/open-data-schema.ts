/**
 * JSON Schemas (draft-07) of the open-data files, published beside them as
 * `/data/events.schema.json`, `/data/actors.schema.json` and `/data/sources.schema.json`.
 * They describe exactly what `src/lib/publishing/open-data.ts` writes; the tests validate the built files with ajv.
 * Version: `OPEN_DATA_VERSION` in `src/lib/publishing/open-data.ts`.
 */
import { ACTOR_KINDS, ACTOR_ROLES, EVIDENCE_STATUSES, SOURCE_KINDS } from '../content/schema';
import { OPEN_DATA_VERSION } from './open-data';

const DAY = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const ID = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const URL = { type: 'string', format: 'uri', pattern: '^https?://' } as const;
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const strings = { type: 'array', items: { type: 'string' } } as const;

const datePoint = {
  type: 'object',
  additionalProperties: false,
  required: ['iso', 'precision', 'first', 'last', 'approximate', 'uncertain'],
  properties: {
    iso: {
      type: 'string',
      description:
        'ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD (a season gives its first month).',
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
    },
    precision: { enum: ['day', 'month', 'season', 'year'] },
    first: { ...DAY, description: 'First day the date covers (UTC).' },
    last: { ...DAY, description: 'Last day the date covers (UTC).' },
    approximate: { type: 'boolean', description: 'EDTF "~".' },
    uncertain: { type: 'boolean', description: 'EDTF "?".' },
  },
};

const date = {
  type: 'object',
  additionalProperties: false,
  required: ['edtf', 'label', 'start', 'end'],
  properties: {
    edtf: { type: 'string', description: 'The date as written, in EDTF (ISO 8601-2).' },
    label: { type: 'string', description: 'The date in words at its precision ("August 2025").' },
    start: datePoint,
    end: {
      description: 'null for a single date, "open" for an interval still going on.',
      anyOf: [{ type: 'null' }, { const: 'open' }, datePoint],
    },
  },
};

const source = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'page',
    'publisher',
    'publishedBy',
    'title',
    'titleIsDescription',
    'authors',
    'date',
    'url',
    'kind',
    'language',
    'note',
  ],
  properties: {
    id: ID,
    page: { ...URL, description: 'The source’s page on this site.' },
    publisher: { type: 'string' },
    publishedBy: {
      type: 'array',
      items: ID,
      description: 'Actor ids of the publishers, where they are actors.',
    },
    title: { type: 'string' },
    titleIsDescription: {
      type: 'boolean',
      description: 'true when the real title is unknown and `title` is our description.',
    },
    authors: strings,
    date,
    url: {
      ...nullable(URL),
      description: 'The original’s confirmed address; null when not confirmed.',
    },
    kind: { enum: [...SOURCE_KINDS] },
    language: { type: 'string', description: 'BCP 47 tag.' },
    note: nullable({ type: 'string' }),
  },
};

const documentHeader = (title: string) => ({
  $schema: { type: 'string' },
  schemaVersion: { const: OPEN_DATA_VERSION },
  title: { type: 'string', description: `Name of the site the ${title} come from.` },
  description: { type: 'string' },
  publisher: { type: 'string' },
  licence: {
    type: 'object',
    required: ['name', 'url'],
    additionalProperties: false,
    properties: { name: { type: 'string' }, url: URL },
  },
  homepage: URL,
  modified: {
    ...nullable(DAY),
    description: 'The latest day an event was published, updated or corrected.',
  },
  count: { type: 'integer', minimum: 0, description: `Number of ${title} in the file.` },
});
const headerRequired = [
  '$schema',
  'schemaVersion',
  'title',
  'publisher',
  'licence',
  'homepage',
  'modified',
  'count',
];

const base = (name: string, title: string, description: string) => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: name,
  title,
  description: `${description} Schema version ${OPEN_DATA_VERSION}.`,
  type: 'object',
  additionalProperties: false,
});

/** Schema of `/data/events.json`. */
export const eventsSchema = {
  ...base(
    'events.schema.json',
    'Events of a sourced timeline',
    'Every event, oldest first, with its date at its true precision, evidence status, actors and sources.',
  ),
  required: [...headerRequired, 'events'],
  properties: {
    ...documentHeader('events'),
    events: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'url',
          'title',
          'summary',
          'date',
          'status',
          'statusLabel',
          'statusNote',
          'tags',
          'actors',
          'sources',
          'published',
          'updated',
          'corrections',
        ],
        properties: {
          id: { ...ID, description: 'Permanent id; also the last part of the permalink.' },
          url: { ...URL, description: 'The canonical permalink.' },
          title: { type: 'string' },
          summary: { type: 'string' },
          date,
          status: {
            enum: [...EVIDENCE_STATUSES],
            description: 'Evidence status, defined on the about page.',
          },
          statusLabel: { type: 'string' },
          statusNote: nullable({ type: 'string' }),
          tags: { type: 'array', items: ID },
          actors: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'name', 'role', 'url'],
              properties: {
                id: ID,
                name: { type: 'string' },
                role: nullable({ enum: [...ACTOR_ROLES] }),
                url: URL,
              },
            },
          },
          sources: {
            type: 'array',
            minItems: 1,
            items: source,
            description: 'In the event’s order: the numbering on its page.',
          },
          published: DAY,
          updated: nullable(DAY),
          corrections: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['date', 'text'],
              properties: { date: DAY, text: { type: 'string' } },
            },
          },
          version: {
            ...nullable({
              type: 'object',
              additionalProperties: false,
              required: ['number', 'date', 'url', 'history'],
              properties: {
                number: {
                  type: 'integer',
                  minimum: 1,
                  description: 'The current version: the number of the latest revision.',
                },
                date: { ...DAY, description: 'The day that revision was published.' },
                url: {
                  ...URL,
                  description: 'The permanent page of exactly that version (it never changes).',
                },
                history: {
                  ...URL,
                  description: 'Every version, with the differences between them.',
                },
              },
            }),
            description:
              'Since 1.1.0. The current version; null when the story keeps no revision history.',
          },
        },
      },
    },
  },
};

/** Schema of `/data/actors.json`. */
export const actorsSchema = {
  ...base(
    'actors.schema.json',
    'Actors of a sourced timeline',
    'Every person, organisation and group in the story, with the ids of their events.',
  ),
  required: [...headerRequired, 'actors'],
  properties: {
    ...documentHeader('actors'),
    actors: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'url',
          'name',
          'kind',
          'description',
          'memberOf',
          'aliases',
          'website',
          'wikidata',
          'events',
        ],
        properties: {
          id: ID,
          url: URL,
          name: { type: 'string' },
          kind: { enum: [...ACTOR_KINDS] },
          description: { type: 'string' },
          memberOf: nullable(ID),
          aliases: strings,
          website: nullable(URL),
          wikidata: nullable({ type: 'string', pattern: '^Q\\d+$' }),
          events: { type: 'array', items: ID },
        },
      },
    },
  },
};

/** Schema of `/data/sources.json`. */
export const sourcesSchema = {
  ...base(
    'sources.schema.json',
    'Sources of a sourced timeline',
    'Every document the timeline cites, with the ids of the events citing it.',
  ),
  required: [...headerRequired, 'sources'],
  properties: {
    ...documentHeader('sources'),
    sources: {
      type: 'array',
      items: {
        ...source,
        required: [...source.required, 'citedBy'],
        properties: { ...source.properties, citedBy: { type: 'array', items: ID } },
      },
    },
  },
};

/** The schemas by published file name. */
export const OPEN_DATA_SCHEMAS = {
  'events.schema.json': eventsSchema,
  'actors.schema.json': actorsSchema,
  'sources.schema.json': sourcesSchema,
} as const;
