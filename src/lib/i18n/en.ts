/**
 * The English dictionary: every word of the interface. Another edition is another file with a
 * function of the same shape (`(f: Formatters) => Dictionary`), registered in `editions.ts`; the
 * type checker then names every key it lacks. Content (events, actors, sources) is not here: it
 * lives in content/, and the long pages (about, method) in content/pages/.
 *
 * Counts go through `f.plural` (`Intl.PluralRules`): each entry gives one message per plural
 * category the language uses, never a hand-made plural ending.
 */
import type { ActorKind, ActorRole, EvidenceStatus, SourceKind } from '../content/schema';
import type { DateWords } from '../content/dates';
import type { Formatters, PluralForms } from './format';

/** The English words, given the formatters of the edition's locale. */
export const englishDictionary = (f: Formatters) => {
  const ui = {
    skipToContent: 'Skip to content',
    nav: {
      label: 'Main',
      timeline: 'Timeline',
      actors: 'Actors',
      sources: 'Sources',
      about: 'About',
    },
    footer: {
      licence: 'Text licensed under',
      method: 'How this timeline is made',
      corrections: 'Corrections policy',
      noTracking: 'No cookies, no tracking, no third-party requests.',
    },
    timeline: {
      heading: 'Timeline',
      intro: 'Events oldest to newest. Each has a permanent page with its sources.',
      sources: (n: number) => f.plural(n, { one: '{n} source', other: '{n} sources' }),
      yearNav: 'Jump to a year',
      largeIntro: (n: number) =>
        f.plural(n, {
          one: '{n} event. Each year has its own page; the latest events are below.',
          other: '{n} events. Each year has its own page; the latest events are below.',
        }),
      undated: 'Within the year',
    },
    draft: {
      /** Shown in `npm run dev` on the page of an entry marked `draft: true`; the published site leaves such entries out. */
      banner:
        'DRAFT: not published. This entry is marked draft: true and is left out of the published site.',
    },
    event: {
      evidence: 'Evidence status',
      actors: 'Who is involved',
      sources: 'Sources',
      sourcesIntro: 'Numbered in the order they are listed for this event.',
      noLink: 'no link available: address not yet confirmed',
      /** The link from a numbered source to its page on this site, which lists everything citing it. */
      sourcePage: 'Source page',
      published: 'Published',
      updated: 'Updated',
      corrections: 'Corrections',
      previous: 'Previous event',
      next: 'Next event',
      /** The navigation to the previous and next events on an event's page. */
      neighbours: 'Previous and next events',
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
      eventsCount: (n: number) => f.plural(n, { one: '{n} event', other: '{n} events' }),
      eventPages: 'Pages of this actor’s events',
    },
    source: {
      heading: 'Sources',
      intro:
        'Every document this timeline cites, grouped by publisher. A source without a link has an address that has not yet been confirmed.',
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
      claims: 'Where it is cited',
      claim: (n: number) => `claim ${n}`,
      /** After the first events citing a source on the source index. */
      andMore: (n: number) => `and ${n} more`,
      /** Read after "and N more" by screen readers, which list links out of context. */
      andMoreCiting: (title: string) => `events citing ${title}`,
      eventPages: 'Pages of the events that cite this source',
    },
    pagination: {
      previous: 'Previous page',
      next: 'Next page',
      position: (current: number, last: number) => `Page ${current} of ${last}`,
    },
    years: {
      heading: (year: string) => `${year}`,
      intro: (year: string, n: number) =>
        f.plural(
          n,
          {
            one: '{n} event in {year}, oldest first.',
            other: '{n} events in {year}, oldest first.',
          },
          { year },
        ),
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
    /** The colour-theme switch (shown only when JavaScript runs) and the visual timeline. */
    theme: { label: 'Colour theme', light: 'Light', dark: 'Dark', system: 'System' },
    axis: {
      label: 'The timeline drawn to scale',
      intro:
        'The story on a true time scale. A dot is an event known to the day; a bar, one known only to a month, a season or a span; dashed, an approximate date. Shaded bands are named periods. Hover over or tab to a mark for its title.',
      zoomNote: (n: number, period: string) =>
        f.plural(
          n,
          {
            one: '{period}: {n} event, enlarged below',
            other: '{period}: {n} events, enlarged below',
          },
          { period },
        ),
      eras: 'Periods',
      approximate: 'approximate date',
      actorIntro:
        'This actor’s events on a true time scale (a dot for a day, a bar for a longer or vaguer date). Hover over or tab to a mark for its title.',
    },
    map: {
      heading: 'Who is connected to whom',
      intro:
        'Two actors are linked when they appear in the same event; the thicker the line, the more events they share. Each name leads to the actor’s page.',
      listHeading: 'The same connections as a list',
      shared: (n: number) => f.plural(n, { one: '{n} shared event', other: '{n} shared events' }),
      none: 'No actor shares an event with another yet.',
      noLinks: 'shares no event with another actor',
      limited: (shown: number, all: number) =>
        `The map shows the ${shown} actors who appear in the most events, of ${all}; every actor is listed below.`,
    },
    print: { permalink: 'Permanent address', version: (day: string) => `This version: ${day}` },
    editorsNote: 'Editor’s note',
    statements: {
      heading: 'Statements',
      in: 'In',
      /** Under the statements an actor's page quotes, when the actor has more. */
      all: (n: number) => f.plural(n, { one: 'The {n} statement', other: 'All {n} statements' }),
      /** Heading of the page of all statements: "Statements by Microsoft". */
      by: (name: string) => `Statements by ${name}`,
      /** That page's description. */
      description: (name: string, n: number) =>
        f.plural(
          n,
          {
            one: 'The {n} statement by {name} quoted in this timeline, linked to where it is cited.',
            other:
              'All {n} statements by {name} quoted in this timeline, oldest first, each linked to where it is cited.',
          },
          { name },
        ),
      /** Link from that page to the actor's own page. */
      actorPage: (name: string) => `${name}: profile and events`,
      pages: 'Pages of statements',
    },
    legend: {
      summary: 'What the evidence statuses mean',
      more: 'How the timeline weighs evidence',
    },
    accounts: { label: 'Accounts differ', according: 'According to' },
    /** Cite this, corrections, archived copies, anchors. */
    cite: {
      citeHeading: 'Cite this',
      citeIntro:
        'Choose a style to see the citation. Add the date you accessed the page where your style asks for it.',
      citeTimelineHeading: 'Cite this timeline',
      copy: 'Copy',
      copied: 'Copied',
      copyFailed: 'Select the text to copy it',
      copyLabel: (style: string) => `Copy the ${style} citation`,
      download: 'Download',
      downloadBib: 'BibTeX file (.bib)',
      downloadRis: 'RIS file (.ris)',
      chicagoNote: 'Short note',
      chicagoBibliography: 'Bibliography',
      correctionsHeading: 'Corrections',
      correctionsIntro:
        'Every correction made to an event after publication, newest first. Each is also shown, with its date, on the event’s page.',
      correctionsNone: 'No correction has been made to any event yet.',
      correctionOf: 'Correction to',
      correctionPages: 'Pages of corrections',
      archived: 'archived copies',
      /** Read by screen readers after "archived copies": which source they are of. */
      archivedOf: (title: string) => `of ${title}`,
      archivedLabel: (title: string) => `Archived copies of “${title}” (Wayback Machine)`,
      noAddress: 'address not yet confirmed',
      linkToThis: 'Link to this',
      linkToSection: (text: string) => `Link to “${text}”`,
    },
    /** Revisions: version pages, the history page, the version line and "cite this version". */
    revisions: {
      /** "version 2": how citations name a version (lower case; styles capitalise where they must). */
      versionWords: (n: number) => `version ${n}`,
      versionLabel: (n: number) => `Version ${n}`,
      /** The version line near an event's date. */
      revised: 'revised',
      history: 'History',
      historyOf: (title: string) => `History of “${title}”`,
      historyDescription: (title: string, n: number) =>
        `Every published version of “${title}” (${n}), with what changed between each and the next.`,
      historyIntro:
        'Each version keeps its own permanent page. Differences are marked word by word: added words are underlined, removed words struck through.',
      /** The banner of a version page. */
      banner: (n: number, m: number, date: string) =>
        `You are reading version ${n} of ${m}, from ${date}.`,
      bannerCurrent: 'It is also the current version.',
      readCurrent: 'Read the current version.',
      viewHistory: 'See every version',
      versionTitle: (title: string, n: number) => `${title} (version ${n})`,
      versionDescription: (n: number, date: string, summary: string) =>
        `Version ${n}, from ${date}: ${summary}`,
      listHeading: 'Versions',
      number: 'Version',
      date: 'Date',
      note: 'What changed',
      kind: 'Kind',
      correction: 'Correction',
      update: 'Update',
      first: 'First version',
      changesSection: 'What changed',
      changesHeading: (from: number, to: number) => `From version ${from} to version ${to}`,
      changesIntro: 'Added words are underlined, removed words struck through.',
      inserted: 'added',
      deleted: 'removed',
      noChange: 'No change that readers see.',
      /** The labels of the fields compared between versions. */
      fields: {
        title: 'Title',
        date: 'Date',
        summary: 'Summary',
        status: 'Evidence status',
        statusNote: 'Status note',
        actors: 'Who is involved',
        sources: 'Sources',
        tags: 'Tags',
        corrections: 'Corrections',
        text: 'Text',
      },
      /**
       * In the corrections log: the version a correction made. Version 1 is the first recorded
       * text, which already holds any correction made before the history began: it did not make them.
       */
      madeIn: (n: number) =>
        n === 1 ? 'already in version 1, the first recorded' : `made in version ${n}`,
      /** Cite this: the two things a reader can cite. */
      citeLatest: 'This page (always the latest version)',
      citeLatestIntro: 'The permanent address of the event: it always shows the latest version.',
      citeVersion: (n: number, date: string) => `This version (version ${n}, from ${date})`,
      citeVersionIntro:
        'The permanent address of exactly the text you are reading: it never changes.',
      /** Feeds and open data. */
      versionPage: 'Version page',
      timeMap: 'TimeMap (Memento, link format)',
    },
    feeds: {
      events: 'Events',
      corrections: 'Corrections',
      correctionsDescription: 'Every correction made to an event of the timeline, newest first.',
      correctionItem: (title: string) => `Correction: ${title}`,
      format: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
      linkTitle: (what: string, format: string) => `${what} (${format})`,
    },
    tags: {
      heading: 'Tags',
      intro: 'Events grouped by topic. Each tag lists its events oldest first.',
      heading1: (tag: string) => `Tag: ${tag}`,
      intro1: (tag: string, n: number) =>
        f.plural(
          n,
          {
            one: '{n} event tagged “{tag}”, oldest first.',
            other: '{n} events tagged “{tag}”, oldest first.',
          },
          { tag },
        ),
      pages: 'Pages of this tag',
      label: 'Tags',
      count: (n: number) => f.plural(n, { one: '{n} event', other: '{n} events' }),
    },
    status: {
      heading: 'Evidence status',
      intro:
        'Events by how well they are established. What each status means is explained on the about page.',
      heading1: (label: string) => `Evidence status: ${label}`,
      intro1: (label: string, n: number) =>
        f.plural(
          n,
          {
            one: '{n} event with the status “{label}”, oldest first.',
            other: '{n} events with the status “{label}”, oldest first.',
          },
          { label },
        ),
      none: 'No event has this status.',
      pages: 'Pages of this status',
      allEvents: 'All events with this status',
    },
    filter: {
      legend: 'Filter the timeline',
      actor: 'Actor',
      tag: 'Tag',
      status: 'Evidence status',
      year: 'Year',
      any: 'Any',
      clear: 'Show all events',
      apply: 'Apply',
      /** Of the `total` events on the page; the filter script fills in `{shown}`, how many it shows. */
      shown: (total: number) =>
        f.plural(total, {
          one: 'Showing {shown} of {n} event.',
          other: 'Showing {shown} of {n} events.',
        }),
      /** A shared link asks for a value this timeline does not have: `label` is the field's name. */
      ignored: (label: string, value: string) =>
        `${label} “${value}” is not on this timeline, so the link’s filter leaves it out.`,
      noJs: 'Browse by',
      byTag: 'tag',
      byStatus: 'evidence status',
      byYear: 'year',
      byActor: 'actor',
      /** Shown until the filter script runs: without JavaScript a filtered link shows every event. */
      needsJs:
        'Filtering this page needs JavaScript. Without it, a link with a filter (such as ?\u2060actor=microsoft) shows every event; the pages below list the events by tag, evidence status, actor and year.',
    },
    search: {
      heading: 'Search',
      intro: 'Search the events, actors and sources of the timeline.',
      label: 'Search the timeline',
      button: 'Search',
      placeholder: 'a word or a name',
      noJs: 'Searching needs JavaScript, which is off or has not loaded. Every event is also reachable without it:',
      loading: 'Loading the search index…',
      /** Filled in by the search script, in the plural category of `{n}` (the number of results); `{q}` is the query. */
      results: { one: '{n} result for “{q}”.', other: '{n} results for “{q}”.' } as PluralForms,
      none: 'Nothing found for “{q}”. Try another word, or fewer filters.',
      error: 'The search index could not be loaded.',
      filters: 'Narrow the results',
      type: 'Type',
      actor: 'Actor',
      status: 'Evidence status',
      year: 'Year',
      any: 'Any',
      types: { event: 'Event', actor: 'Actor', source: 'Source' },
    },
    embed: {
      whole: 'Timeline',
      actor: (name: string) => `${name}: events`,
      intro: (n: number) =>
        f.plural(n, {
          one: '{n} event, oldest first. Each opens its page, with its sources.',
          other: '{n} events, oldest first. Each opens its page, with its sources.',
        }),
      fullSite: 'Open the full timeline',
      earlier: (n: number) =>
        f.plural(n, {
          one: '{n} earlier event is on the full timeline.',
          other: '{n} earlier events are on the full timeline.',
        }),
      none: 'No events yet.',
      frameTitle: (what: string) => `${what} (embedded timeline)`,
      aboutHeading: 'Embed this timeline',
      aboutIntro:
        'Put the timeline on your own page with this code. The embed makes no request to any other site, sets no cookies and runs no script; every link opens the event’s permanent page in the full window. It is designed for a frame 400 to 800 pixels tall.',
      aboutActor: (example: string) =>
        `For one actor’s events, use the address of that actor’s embed, for example ${example}.`,
      snippetLabel: 'Code to copy',
    },
    social: { site: 'A sourced timeline', event: 'Event', actor: 'Actor' },
    data: {
      heading: 'Open data',
      intro:
        'The whole timeline as data, to reuse in your own tools. The files are rebuilt with the site, so they always match what it shows.',
      readMore: 'Read the event, with its sources',
      licence: 'Licence',
      licenceText: 'The data, like the text, is published under',
      licenceAttribution: (publisher: string, name: string) =>
        `Please credit “${publisher}, ${name}” and link to the event’s permalink.`,
      files: 'Files',
      version: (v: string) =>
        `Schema version ${v}. A new optional field raises the minor version; a renamed or removed field raises the major version.`,
      schema: 'JSON Schema',
      feeds: 'Feeds',
      feedsIntro:
        'Follow the story in a feed reader: new and updated events, and every correction.',
      describe: {
        'events.json':
          'Every event, oldest first: its permalink, title, summary, date (EDTF, with both ends at their precision), evidence status, tags, actors with their roles, full source records, published and updated days, and corrections.',
        'events.csv':
          'The same events as a spreadsheet: one row per event, lists joined by “ | ”, source and actor ids instead of full records.',
        'actors.json':
          'Every actor: kind, description, affiliation, aliases, and the ids of their events.',
        'sources.json':
          'Every source: publisher, title, authors, date, kind, language, the confirmed address where there is one, and the ids of the events that cite it.',
        'timelinejs.json':
          'The timeline in TimelineJS 3’s JSON format, ready to load into TimelineJS: one slide per event with our event id as unique_id, dates only as precise as the sources allow, and the evidence status as the group.',
      } as Record<string, string>,
    },
    editions: {
      /** The label of the language switcher (a navigation landmark). */
      switcher: 'Language',
      /** Said on every translated page, with a link to the English page (`english`). */
      translated: {
        'machine-assisted':
          'Translated from English (machine-assisted); the English text is authoritative.',
        reviewed: 'Translated from English and reviewed; the English text is authoritative.',
      },
      readEnglish: 'Read the English text',
      /** The translation is of English revision `translated`; the English is now at `latest`. */
      outdated: (translated: number, latest: number) =>
        `This translation is of an earlier version of the English text (version ${translated}; the English is now at version ${latest}).`,
      /** Said where an entry has no translation yet and the English text is shown. */
      untranslated: 'This text has not been translated yet; it is shown in English.',
      /** The label of a quotation's translation, shown beside the English words. */
      quoteTranslation: 'Translation',
    },
  } as const;

  /** Words for each evidence status and what it means; shown wherever a status is. */
  const statusText: Record<EvidenceStatus, { label: string; definition: string }> = {
    confirmed: {
      label: 'Confirmed',
      definition:
        'The actor concerned has confirmed it, directly or as quoted in the sources cited, or an official record (a police statement, a regulatory filing) shows it.',
    },
    reported: {
      label: 'Reported',
      definition:
        'Published by news organisations from documents or sources, but not confirmed by those concerned.',
    },
    alleged: {
      label: 'Alleged',
      definition: 'Claimed in a complaint or by a party, and not yet established as fact.',
    },
    disputed: {
      label: 'Disputed',
      definition:
        'Reported, and a party concerned contests a material part of it. Both accounts are shown.',
    },
    denied: {
      label: 'Denied',
      definition: 'Reported or alleged, and the party concerned denies it outright.',
    },
  };

  /** Plural headings for actor kinds on /actors/. */
  const actorKindText: Record<ActorKind, string> = {
    organisation: 'Organisations',
    company: 'Companies',
    'government body': 'Government bodies',
    'military unit': 'Military bodies',
    'news outlet': 'News outlets',
    'campaign group': 'Campaign and rights groups',
    person: 'People',
    population: 'Affected populations',
  };

  /** One actor's kind, on its page and its card ("Person" above "Brad Smith"). */
  const actorKindSingular: Record<ActorKind, string> = {
    organisation: 'Organisation',
    company: 'Company',
    'government body': 'Government body',
    'military unit': 'Military body',
    'news outlet': 'News outlet',
    'campaign group': 'Campaign or rights group',
    person: 'Person',
    population: 'Affected population',
  };

  const actorRoleText: Record<ActorRole, string> = {
    subject: 'subject',
    participant: 'participant',
    reporter: 'reporter',
    'source of statement': 'source of statement',
    mentioned: 'mentioned',
  };

  const sourceKindText: Record<SourceKind, string> = {
    investigation: 'Investigation',
    'news report': 'News report',
    statement: 'Statement',
    'email to staff': 'Email to staff',
    'regulatory filing': 'Regulatory filing',
    letter: 'Letter',
    complaint: 'Complaint',
  };

  /** Words around dates: seasons, approximate and uncertain dates, parts of a year, spans. */
  const dates: DateWords = {
    seasons: { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' },
    season: (season, year) => `${season} ${year}`,
    approximate: (label) => `about ${label}`,
    uncertain: (label) => `${label} (uncertain)`,
    early: (year) => `early ${year}`,
    mid: (year) => `mid-${year}`,
    late: (year) => `late ${year}`,
    from: (label) => `from ${label}`,
    daysOfMonth: (firstDay, lastDate) => `${firstDay}–${lastDate}`,
    monthsOfYear: (firstMonth, lastMonth) => `${firstMonth}–${lastMonth}`,
    span: (from, to) => `${from} – ${to}`,
  };

  /**
   * The site's own name and one-line description: the header, every page title, the feeds, the
   * JSON-LD and the citations (as the container of each page). Words of the story's frame, not of
   * the engine: the next investigation rewrites this block in every dictionary.
   */
  const site = {
    name: 'Azure and Unit 8200: A Sourced Timeline',
    tagline:
      'How Microsoft came to cut off a set of cloud storage and AI services to a unit within the Israel Ministry of Defense, which The Guardian identified as Unit 8200, event by event, with every source.',
  };

  /**
   * The names of the citation styles in the "Cite this" chooser, by format key
   * (src/lib/citations/formats.ts). A style's own name (APA, MLA, BibTeX) is how publications in
   * every language write it; the words around it (edition, notes) are the edition's.
   */
  const citeStyles = {
    apa: 'APA (7th edition)',
    mla: 'MLA (9th edition)',
    chicago: 'Chicago (17th edition, notes and bibliography)',
    harvard: 'Harvard (Cite Them Right, 12th edition)',
    bibtex: 'BibTeX',
    ris: 'RIS',
    'csl-json': 'CSL-JSON',
  };

  return {
    ui,
    statusText,
    actorKindText,
    actorKindSingular,
    actorRoleText,
    sourceKindText,
    dates,
    site,
    citeStyles,
  };
};

/** Literal types of the English text widened to `string`, so other editions may say it otherwise. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { [K in keyof T]: Widen<T[K]> }
      : T;

/** The shape every edition's dictionary has: the English one's, key for key. */
export type Dictionary = Widen<ReturnType<typeof englishDictionary>>;
