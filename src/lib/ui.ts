/**
 * Every word of the interface, in one place, so that editions in other languages can be added by
 * translating this module. Content (events, actors, sources) is not here: it lives in content/.
 */
import type { ActorKind, ActorRole, EvidenceStatus, SourceKind } from './schema';

export const ui = {
  skipToContent: 'Skip to content',
  nav: { label: 'Main', timeline: 'Timeline', actors: 'Actors', sources: 'Sources', about: 'About' },
  footer: {
    licence: 'Text licensed under',
    method: 'How this timeline is made',
    corrections: 'Corrections policy',
    noTracking: 'No cookies, no tracking, no third-party requests.',
  },
  timeline: {
    heading: 'Timeline',
    intro: 'Events oldest to newest. Each has a permanent page with its sources.',
    sources: (n: number) => `${n} source${n === 1 ? '' : 's'}`,
    yearNav: 'Jump to a year',
    largeIntro: (n: number) => `${n} events. Each year has its own page; the latest events are below.`,
    undated: 'Within the year',
  },
  event: {
    evidence: 'Evidence status',
    actors: 'Who is involved',
    sources: 'Sources',
    sourcesIntro: 'Numbered in the order they are listed for this event.',
    noLink: 'no link available: address not yet confirmed',
    published: 'Published',
    updated: 'Updated',
    corrections: 'Corrections',
    previous: 'Previous event',
    next: 'Next event',
    onTimeline: 'See it on the timeline',
    citedAs: (n: number) => `Source ${n}`,
    backTo: (n: number) => `Back to citation ${n} in the text`,
  },
  actor: {
    heading: 'Actors',
    intro: 'People and organisations in the story, grouped by kind.',
    partOf: 'Part of',
    members: 'Includes',
    events: 'Events',
    noEvents: 'This actor takes part in no event yet.',
    aliases: 'Also known as',
    eventsCount: (n: number) => `${n} event${n === 1 ? '' : 's'}`,
    eventPages: 'Pages of this actor’s events',
  },
  source: {
    heading: 'Sources',
    intro: 'Every document this timeline cites, grouped by publisher. A source without a link has an address that has not yet been confirmed.',
    citedBy: 'Cited by',
    by: 'By',
    original: 'Original',
    pages: 'Pages of sources',
    record: 'Source record',
    publisher: 'Publisher',
    authors: 'Authors',
    date: 'Date',
    kind: 'Kind',
    language: 'Language',
    address: 'Address',
    noAddress: 'Not linked: the address has not yet been confirmed.',
    citedByHeading: 'Events that cite this source',
  },
  pagination: {
    previous: 'Previous page',
    next: 'Next page',
    position: (current: number, last: number) => `Page ${current} of ${last}`,
  },
  years: {
    heading: (year: string) => `${year}`,
    intro: (year: string, n: number) => `${n} event${n === 1 ? '' : 's'} in ${year}, oldest first.`,
    all: 'All years',
    latest: (year: string) => `Latest: ${year}`,
    pages: 'Pages of this year',
  },
  notFound: {
    heading: 'Page not found',
    body: 'This address does not lead to a page. Every event of the story is listed on the timeline.',
    back: 'Go to the timeline',
  },
  quote: { said: 'said', source: 'Source' },
  accounts: { label: 'Accounts differ', according: 'According to' },
} as const;

/** Words for each evidence status and what it means; shown wherever a status is. */
export const statusText: Record<EvidenceStatus, { label: string; definition: string }> = {
  confirmed: {
    label: 'Confirmed',
    definition: 'The actor concerned has confirmed it, or an official record (a police statement, a regulatory filing) shows it.',
  },
  reported: {
    label: 'Reported',
    definition: 'Published by news organisations from documents or sources, but not confirmed by those concerned.',
  },
  alleged: {
    label: 'Alleged',
    definition: 'Claimed in a complaint or by a party, and not yet established as fact.',
  },
  disputed: {
    label: 'Disputed',
    definition: 'Reported, and a party concerned contests a material part of it. Both accounts are shown.',
  },
  denied: {
    label: 'Denied',
    definition: 'Reported or alleged, and the party concerned denies it outright.',
  },
};

/** Plural headings for actor kinds on /actors/. */
export const actorKindText: Record<ActorKind, string> = {
  organisation: 'Organisations',
  company: 'Companies',
  'government body': 'Government bodies',
  'military unit': 'Military bodies',
  'news outlet': 'News outlets',
  'campaign group': 'Campaign and rights groups',
  person: 'People',
  population: 'Affected populations',
};

export const actorRoleText: Record<ActorRole, string> = {
  subject: 'subject',
  participant: 'participant',
  reporter: 'reporter',
  'source of statement': 'source of statement',
  mentioned: 'mentioned',
};

export const sourceKindText: Record<SourceKind, string> = {
  investigation: 'Investigation',
  'news report': 'News report',
  statement: 'Statement',
  'email to staff': 'Email to staff',
  'regulatory filing': 'Regulatory filing',
  letter: 'Letter',
  complaint: 'Complaint',
};
