/**
 * Generates a synthetic content folder (events, actors, sources) that follows the content rules
 * of README.md and src/lib/content/schema.ts exactly, so that the real site's build accepts it. Everything
 * is drawn from a seeded generator: the same size always gives the same files.
 *
 * Shape, per N events: max(30, N/20) actors and max(10, N/4) sources; each event has 2–5 actors
 * (skewed: the first actors appear in many events, like the main companies of a real story) and
 * 1–4 sources (skewed the same way: the first sources are cited by many events, like the founding
 * investigation of a real story); dates from 2000-01-01 to 2026-06-30, mostly days, some months, a few years and a
 * few day intervals; 2–4 paragraphs of ~80 words, each ending with a <Cite>, and sometimes a
 * <Quote> by one of the event's actors.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from './random.mjs';

const STATUSES = ['confirmed', 'reported', 'alleged', 'disputed', 'denied'];
const ROLES = ['subject', 'participant', 'reporter', 'source of statement', 'mentioned'];
const ACTOR_KINDS = [
  'organisation',
  'company',
  'government body',
  'military unit',
  'news outlet',
  'campaign group',
  'person',
  'population',
];
const SOURCE_KINDS = [
  'investigation',
  'news report',
  'statement',
  'email to staff',
  'regulatory filing',
  'letter',
  'complaint',
];
const PUBLISHERS = [
  'The Daily Ledger',
  'Harbour Post',
  'Northern Courier',
  'Civic Review',
  'Open Record',
  'Signal Weekly',
  'Metro Gazette',
  'Plain Dealer Online',
];
const TAGS = [
  'cloud',
  'contracts',
  'surveillance',
  'protest',
  'review',
  'regulation',
  'staff',
  'data-centres',
];
const WORDS = (
  'the company said its cloud contract covered storage and processing for a government unit while staff ' +
  'asked for a review of the data held in european centres reporters described documents meetings and ' +
  'emails that showed how engineers built systems for intercepted calls officials declined to comment on ' +
  'details but confirmed that the agreement was renewed after an internal audit a spokesperson added that ' +
  'terms of service prohibit mass surveillance of civilians and that the review found no evidence to date ' +
  'campaigners called for independent oversight lawmakers raised questions in parliament investors wrote ' +
  'letters to the board about human rights risks and the project moved to another provider later that year'
).split(' ');
const FIRST_DAY = Date.UTC(2000, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
const DAY = 86_400_000;

/** `YYYY-MM-DD` of a UTC timestamp. */
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
/** A string as a YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (value) => JSON.stringify(value);
/** Lower-case words joined by hyphens: the shape of every id. */
const slugify = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const capitalise = (text) => text[0].toUpperCase() + text.slice(1);

/**
 * Writes `<root>/events`, `<root>/actors` and `<root>/sources` for `n` events.
 * @param {string} root the content folder to create (must not exist or be empty).
 * @param {number} n the number of events.
 * @param {number} [seed] seed of the generator; the default keeps runs comparable.
 * @returns {{events: number, actors: number, sources: number}} how many entries were written.
 */
export function generateContent(root, n, seed = 8200) {
  const random = seeded(seed + n);
  const sentence = (min, max) => `${capitalise(random.words(WORDS, random.int(min, max)))}.`;
  const paragraph = () => Array.from({ length: 6 }, () => sentence(11, 16)).join(' ');
  const randomDay = () => FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY;
  for (const folder of ['events', 'actors', 'sources'])
    mkdirSync(join(root, folder), { recursive: true });

  const actors = [];
  for (let i = 0; i < Math.max(30, Math.round(n / 20)); i++) {
    const name = `${capitalise(random.pick(WORDS))} ${capitalise(random.pick(WORDS))} ${i + 1}`;
    const lines = [
      `name: ${q(name)}`,
      `kind: ${q(random.pick(ACTOR_KINDS))}`,
      `description: ${q(sentence(8, 14))}`,
    ];
    // An actor only ever belongs to an earlier one, so memberOf chains never loop.
    if (i > 0 && random.chance(0.3)) lines.push(`memberOf: ${q(actors[random.int(0, i - 1)])}`);
    actors.push(slugify(name));
    writeFileSync(
      join(root, 'actors', `${actors[i]}.md`),
      `---\n${lines.join('\n')}\n---\n${paragraph()}\n`,
    );
  }

  const sources = Array.from({ length: Math.max(10, Math.round(n / 4)) }, (_, i) => {
    const publisher = random.pick(PUBLISHERS);
    const day = iso(randomDay());
    const date = random.chance(0.1) ? day.slice(0, 7) : day;
    const id = `${slugify(publisher.replace(/^The /, ''))}-${date}-${slugify(random.words(WORDS, 2))}-${i + 1}`;
    const lines = [
      `publisher: ${q(publisher)}`,
      `title: ${q(sentence(5, 10).slice(0, -1))}`,
      `date: ${q(date)}`,
      `kind: ${q(random.pick(SOURCE_KINDS))}`,
      `language: ${q(random.chance(0.8) ? 'en' : random.pick(['he', 'nl']))}`,
    ];
    if (random.chance(0.85)) lines.push(`url: ${q(`https://news.example.org/${id}`)}`);
    writeFileSync(join(root, 'sources', `${id}.yaml`), `${lines.join('\n')}\n`);
    return id;
  });

  const excerpts = new Map();
  for (let i = 0; i < n; i++) {
    const kind = random.next();
    // An interval lasts 1–60 days and ends on LAST_DAY at the latest.
    const length = kind < 0.96 ? 0 : random.int(1, 60) * DAY;
    const start = Math.min(randomDay(), LAST_DAY - length);
    const [prefix, date] =
      kind < 0.8
        ? [iso(start), iso(start)]
        : kind < 0.9
          ? [iso(start).slice(0, 7), iso(start).slice(0, 7)]
          : kind < 0.96
            ? [iso(start).slice(0, 4), iso(start).slice(0, 4)]
            : [iso(start), `${iso(start)}/${iso(start + length)}`];
    const id = `${prefix}-${slugify(random.words(WORDS, 2))}-${i + 1}`;
    const own = {
      actors: random.sample(actors, random.int(2, 5), 2),
      sources: random.sample(sources, random.int(1, 4), 2),
    };
    const front = [
      `title: ${q(sentence(6, 10).slice(0, -1))}`,
      `date: ${q(date)}`,
      `summary: ${q(`${sentence(12, 18)} ${sentence(8, 12)}`)}`,
      'actors:',
      ...own.actors.map((a) =>
        random.chance(0.25)
          ? `  - { actor: ${q(a)}, role: ${q(random.pick(ROLES))} }`
          : `  - ${q(a)}`,
      ),
      `sources: [${own.sources.map(q).join(', ')}]`,
      `status: ${q(random.pick(STATUSES))}`,
      ...(random.chance(0.2) ? [`statusNote: ${q(sentence(4, 8))}`] : []),
      ...(random.chance(0.5)
        ? [`tags: [${random.sample(TAGS, random.int(1, 2)).map(q).join(', ')}]`]
        : []),
      'published: "2026-11-01"',
    ];
    // Every listed source is cited somewhere (a build rule): paragraph i cites source i, the last
    // paragraph cites the rest.
    const count = random.int(2, 4);
    const body = Array.from({ length: count }, (_, i) => {
      const cited =
        i < count - 1
          ? [own.sources[i % own.sources.length]]
          : own.sources.slice(Math.min(i, own.sources.length - 1));
      return `${paragraph()} <Cite source="${[...new Set(cited)].join(' ')}" />`;
    });
    if (random.chance(0.3)) {
      // Drawn in the same order as before excerpts existed, so the synthetic stories stay the same.
      const by = random.pick(own.actors);
      const source = random.pick(own.sources);
      const words = random.words(WORDS, random.int(8, 15));
      body.splice(1, 0, `<Quote by="${by}" source="${source}">\n${words}\n</Quote>`);
      // A quotation must be one of its source's recorded excerpts (a build rule).
      (excerpts.get(source) ?? excerpts.set(source, []).get(source)).push(words);
    }
    writeFileSync(
      join(root, 'events', `${id}.mdx`),
      `---\n${front.join('\n')}\n---\n${body.join('\n\n')}\n`,
    );
  }
  for (const [id, texts] of excerpts) {
    appendFileSync(
      join(root, 'sources', `${id}.yaml`),
      `excerpts:\n${[...new Set(texts)].map((t) => `  - text: ${q(t)}\n`).join('')}`,
    );
  }
  return { events: n, actors: actors.length, sources: sources.length };
}
