/**
 * Hebrew writes seven particles as a letter joined to the next word — ו "and", ש "that",
 * ב "in", כ "as", ל "to", מ "from", ה "the" — so "in Holland" is one word, בהולנד, and a search
 * for הולנד finds nothing: Pagefind matches the starts of words and has no Hebrew stemmer. These
 * functions give the bare forms a word may stand for, for the search index to hold beside the
 * words as written.
 *
 * The particles stack in one order (Hebrew grammar: the conjunction first, then the relative, then
 * a preposition, then the article): ו, then ש (or the compounds כש "when", מש "since"), then one
 * of ב כ ל מ, then ה. Only a run of leading letters in that order is taken off, and at least two
 * letters are left. The written word itself is never replaced, only joined by its bare forms, so a
 * word that merely begins with such a letter (מיקרוסופט, Microsoft) is still found as written;
 * what it adds (יקרוסופט) is a string no reader searches for.
 *
 * Pure: text in, words out.
 */

/** A Hebrew letter, final forms included (א–ת). */
const LETTER = /[\u05D0-\u05EA]/u;
/** The particles a word may begin with, in the order they stack; the empty sequence too. */
const PARTICLES = /^ו?(?:כש|מש|ש)?[בכלמ]?ה?$/u;
/** The longest run of particles the order allows: ו, כש, ב, ה. */
const MAX_PARTICLES = 5;
/** Letters a bare form keeps at least: no Hebrew word is shorter once its particles are off. */
const MIN_STEM = 2;
/** A particle joined by a maqaf (־) or a hyphen to what follows: ב־Azure, ה־8200. */
const JOINED = /^([\u05D0-\u05EA]{1,5})[\u05BE-](.+)$/u;

/** Punctuation and quotation marks around a word ("בהולנד.", "(בהולנד,"). */
const trimWord = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const letters = (text: string): number => [...text].filter((c) => LETTER.test(c)).length;

/**
 * The bare forms of one written word: the word without each run of leading particles the order
 * allows, and what follows a particle joined by a maqaf or hyphen.
 * @param word one word as written, punctuation around it allowed (`בהולנד,`).
 * @returns the forms, longest first, without duplicates; empty when the word has no particle
 *   (or is not Hebrew). `ובהולנד` → `בהולנד`, `הולנד`, `ולנד`; `ב־Azure` → `Azure`.
 */
export function hebrewBareForms(word: string): string[] {
  const written = trimWord(word);
  const joined = JOINED.exec(written);
  if (joined && PARTICLES.test(joined[1]!)) return [trimWord(joined[2]!)].filter(Boolean);
  const forms: string[] = [];
  for (let k = 1; k <= Math.min(MAX_PARTICLES, written.length); k++) {
    const head = written.slice(0, k);
    if (!LETTER.test(head.at(-1)!) || !PARTICLES.test(head)) continue;
    const rest = written.slice(k);
    if (letters(rest) >= MIN_STEM && LETTER.test(rest[0]!)) forms.push(rest);
  }
  return [...new Set(forms)];
}

/**
 * The bare forms of a Hebrew text that it does not already contain as words: what the search
 * index adds so that a bare word finds the page that writes it with a particle.
 * @param text the indexed text of a page (words separated by white space, as Pagefind splits them).
 * @returns the forms in the order they first occur, each once.
 */
export function hebrewIndexForms(text: string): string[] {
  const words = text.split(/\s+/u).filter(Boolean);
  const written = new Set(words.map(trimWord));
  const forms = new Set<string>();
  for (const word of words)
    for (const form of hebrewBareForms(word)) if (!written.has(form)) forms.add(form);
  return [...forms];
}

/**
 * The index forms rule of an edition's language, if it has one: Hebrew's particles (`he`, `he-IL`).
 * @param locale a BCP 47 tag; its language subtag decides.
 */
export function indexFormsFor(locale: string): ((text: string) => string[]) | undefined {
  return locale.split('-')[0]!.toLowerCase() === 'he' ? hebrewIndexForms : undefined;
}
