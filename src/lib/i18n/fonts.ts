/**
 * The self-hosted faces an edition needs beyond the system font stacks: a face for its script,
 * chosen by the language of its locale. English (and any Latin-script edition) needs none: the
 * site uses system fonts, with no web font to download. Arabic gets Noto Naskh Arabic (a book
 * face, close in weight to the serif body text), Hebrew Noto Serif Hebrew (drawn to sit beside
 * Latin serifs); both self-hosted from Fontsource, only their script's unicode-range subset.
 */
import type { Edition } from './editions.ts';

/** A script with its own self-hosted face. */
export type EditionScript = 'arabic' | 'hebrew';

/** Each script's face: its family name and the Fontsource package that ships it. */
export const SCRIPT_FONTS: Record<EditionScript, { family: string; package: string }> = {
  arabic: { family: 'Noto Naskh Arabic', package: '@fontsource/noto-naskh-arabic' },
  hebrew: { family: 'Noto Serif Hebrew', package: '@fontsource/noto-serif-hebrew' },
};

const BY_LANGUAGE: Record<string, EditionScript> = { ar: 'arabic', he: 'hebrew' };

/**
 * The script face an edition loads (`EditionFonts.astro` links its stylesheet), or `null`.
 * @param edition its `locale` (BCP 47: the language subtag decides, `ar-EG` is Arabic) and its
 *   `direction` (a left-to-right edition never loads one).
 */
export function editionScript(
  edition: Pick<Edition, 'locale' | 'direction'>,
): EditionScript | null {
  if (edition.direction !== 'rtl') return null;
  return BY_LANGUAGE[edition.locale.split('-')[0]!.toLowerCase()] ?? null;
}
