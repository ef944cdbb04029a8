/**
 * Quotations checked against their sources. Each source entry records the exact passages quoted
 * from it (`excerpts`, copied word for word from the research file); every `<Quote>` in an event,
 * and every string in double quotation marks inside an `<Account>`, must be one of the excerpts of
 * one of the sources it cites, and carry the excerpt's date.
 *
 * Only typographic quotation marks and whitespace are normalised before comparing: a changed word,
 * letter, comma or apostrophe is a different quotation.
 *
 * Pure; `src/lib/story/event-body.ts` applies it to an event's text, for the build's sourcing
 * plugin and for `npm run check:content` alike.
 */
import { diffWords } from 'diff';

/** A passage recorded on a source: its exact words, and the day they were said when that is not the source's own date. */
export interface Excerpt {
  text: string;
  /** `YYYY-MM-DD`, when the words come from a later update of the source (as `<Quote date>`). */
  date?: string | undefined;
}

/** What the quotation rules need to know about one source. */
export interface QuotedSource {
  /** The source's publication date, as its EDTF string (`2025-08-27`, `2025-12`). */
  date: string;
  excerpts: readonly Excerpt[];
}

/**
 * The comparable form of a quotation: curly and angled quotation marks become straight ones
 * (‘ ’ ‚ ‛ ′ → ', “ ” „ ‟ ″ « » → "), every run of whitespace one space, no space at either end.
 */
export function normaliseQuotation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The strings in double quotation marks (straight "…" or typographic “…”) in a piece of text,
 * as written (not normalised). Single quotation marks are not read as quotations: in English text
 * they are mostly apostrophes.
 */
export function quotedStrings(text: string): string[] {
  const found: string[] = [];
  const pattern = /“([^”]+)”|"([^"]+)"/g;
  for (const match of text.matchAll(pattern)) found.push((match[1] ?? match[2] ?? '').trim());
  return found.filter((s) => s !== '');
}

/** A quotation as an event's text gives it. */
export interface Quotation {
  /** The quoted words as written. */
  text: string;
  /** The source ids cited for it, first one first. */
  sources: readonly string[];
  /** `YYYY-MM-DD` from `<Quote date>`; when absent the quotation takes its first source's date. */
  date?: string | undefined;
  /** `Quote` for a `<Quote>`, `Account` for a quoted string inside an `<Account>`. */
  kind: 'Quote' | 'Account';
}

/** Why a quotation is refused: the message for the editor and how to fix it. */
export interface QuotationProblem {
  message: string;
  fix: string;
  /** The excerpt the quotation comes closest to, when there is one. */
  nearest?: { source: string; text: string } | undefined;
}

const shorten = (text: string, max = 120) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** The size of a word diff between two normalised strings: the characters added and removed. */
function changeSize(a: string, b: string): number {
  return diffWords(a, b).reduce(
    (sum, part) => sum + (part.added || part.removed ? part.value.length : 0),
    0,
  );
}

/** The words that differ between a quotation and an excerpt, as `"was" → "is"` pairs. */
function describeChange(quotation: string, excerpt: string): string {
  const parts = diffWords(excerpt, quotation);
  const changes: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) continue;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      changes.push(`"${part.value.trim()}" → "${next.value.trim()}"`);
      i++;
    } else if (part.removed) changes.push(`"${part.value.trim()}" left out`);
    else changes.push(`"${part.value.trim()}" added`);
  }
  return changes.slice(0, 3).join(', ') + (changes.length > 3 ? ', …' : '');
}

/**
 * Checks one quotation against the excerpts of the sources it cites.
 * @param quotation the quoted words, their sources and `<Quote date>` if any.
 * @param sources the sources by id (`undefined` for an unknown or unreadable one, which other
 *   rules report: with no excerpt to compare, the quotation is then not judged).
 * @returns `null` when the words equal an excerpt of one of the cited sources (after
 *   {@link normaliseQuotation}) and the dates agree: the quotation's date (`date`, else its first
 *   source's date) equals the excerpt's (`date`, else its source's date). Otherwise the problem,
 *   naming the nearest excerpt of the cited sources (fewest characters changed in a word diff).
 */
export function checkQuotation(
  quotation: Quotation,
  sources: (id: string) => QuotedSource | undefined,
): QuotationProblem | null {
  const words = normaliseQuotation(quotation.text);
  const what = quotation.kind === 'Quote' ? '<Quote>' : 'A quotation in <Account>';
  const first = sources(quotation.sources[0] ?? '');
  const quotedOn = quotation.date ?? first?.date;
  const candidates = quotation.sources.flatMap((id) => {
    const source = sources(id);
    return (source?.excerpts ?? []).map((excerpt) => ({
      id,
      excerpt,
      date: excerpt.date ?? source!.date,
      words: normaliseQuotation(excerpt.text),
    }));
  });
  const exact = candidates.filter((c) => c.words === words);
  if (exact.length > 0) {
    if (exact.some((c) => c.date === quotedOn)) return null;
    const c = exact[0]!;
    return {
      nearest: { source: c.id, text: c.excerpt.text },
      message: `${what} "${shorten(words)}" is dated ${quotedOn ?? 'nowhere'}, but the excerpt of "${c.id}" is dated ${c.date}.`,
      fix:
        quotation.kind === 'Quote'
          ? c.date === first?.date
            ? `remove date="${quotation.date}" from the <Quote>, or correct the excerpt's date`
            : `write date="${c.date}" on the <Quote>, or correct the excerpt's date`
          : `cite the source the words come from, or correct the excerpt's date`,
    };
  }
  const cited = quotation.sources.map((s) => `"${s}"`).join(', ');
  // A source that is unknown or cannot be read has its own problem reported, naming its file;
  // saying it "records no excerpts" as well would send the editor to the wrong fix.
  if (candidates.length === 0 && quotation.sources.some((id) => sources(id) === undefined))
    return null;
  if (candidates.length === 0) {
    return {
      message: `${what} "${shorten(words)}" is not among the excerpts of ${cited}: ${quotation.sources.length === 1 ? 'that source records' : 'those sources record'} no excerpts.`,
      fix: `copy the passage word for word from the research file into "excerpts" of the source, or quote a source that records it`,
    };
  }
  let nearest = candidates[0]!;
  let best = Infinity;
  for (const c of candidates) {
    const size = changeSize(c.words, words);
    if (size < best) {
      best = size;
      nearest = c;
    }
  }
  return {
    nearest: { source: nearest.id, text: nearest.excerpt.text },
    message: `${what} "${shorten(words)}" is not word for word any excerpt of ${cited}. Nearest excerpt (of "${nearest.id}"): "${shorten(nearest.words)}" (${describeChange(words, nearest.words)}).`,
    fix: `quote the excerpt exactly; if the source's words differ from the excerpt, correct the excerpt from the research file`,
  };
}

/**
 * The excerpts no quotation uses.
 * @param sources every source by id with its excerpts.
 * @param used every quotation in the story, with the sources it cites.
 * @returns each unused excerpt with its source id and its index in `excerpts`. Reported as a
 *   warning, not an error: recording a passage before it is quoted misleads no reader, but an
 *   excerpt left behind when a quotation changes should be noticed and removed.
 */
export function unusedExcerpts(
  sources: ReadonlyMap<string, QuotedSource>,
  used: readonly Pick<Quotation, 'text' | 'sources'>[],
): { source: string; index: number; excerpt: Excerpt }[] {
  const usedWords = new Map<string, Set<string>>();
  for (const q of used)
    for (const s of q.sources)
      (usedWords.get(s) ?? usedWords.set(s, new Set()).get(s)!).add(normaliseQuotation(q.text));
  const unused: { source: string; index: number; excerpt: Excerpt }[] = [];
  for (const [id, source] of sources) {
    source.excerpts.forEach((excerpt, index) => {
      if (!usedWords.get(id)?.has(normaliseQuotation(excerpt.text)))
        unused.push({ source: id, index, excerpt });
    });
  }
  return unused;
}
