/**
 * Reads the content folder independently of Astro, so browser tests compare the built site with
 * what editors wrote (not with the site's own data layer).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseEventDate, type EventDate } from '../../src/lib/content/dates';
import { sortChronologically } from '../../src/lib/story/timeline';

const root = process.env.CONTENT_DIR ?? 'content';

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  return parse(match[1]!) as Record<string, unknown>;
}

const idOf = (name: string) => name.replace(/\.(mdx?|ya?ml)$/, '');

export interface TestEvent {
  id: string;
  title: string;
  date: EventDate;
  status: string;
  actors: string[];
  sources: string[];
}

export function readEvents(): TestEvent[] {
  const dir = join(root, 'events');
  // Drafts (draft: true) are not in the published site.
  const events = readdirSync(dir)
    .filter((name) => frontmatter(join(dir, name)).draft !== true)
    .map((name) => {
      const data = frontmatter(join(dir, name));
      return {
        id: idOf(name),
        title: String(data.title),
        date: parseEventDate(String(data.date)),
        status: String(data.status),
        actors: (data.actors as (string | { actor: string })[]).map((a) =>
          typeof a === 'string' ? a : a.actor,
        ),
        sources: (data.sources as string[]).map(String),
      };
    });
  return sortChronologically(events);
}

export function readActors(): { id: string; name: string }[] {
  const dir = join(root, 'actors');
  return readdirSync(dir)
    .filter((name) => frontmatter(join(dir, name)).draft !== true)
    .map((name) => ({ id: idOf(name), name: String(frontmatter(join(dir, name)).name) }));
}

export function readSources(): { id: string; url: string | undefined; title: string }[] {
  const dir = join(root, 'sources');
  return readdirSync(dir).flatMap((name) => {
    const data = parse(readFileSync(join(dir, name), 'utf8')) as {
      url?: string;
      title: string;
      draft?: boolean;
    };
    return data.draft === true ? [] : [{ id: idOf(name), url: data.url, title: data.title }];
  });
}
