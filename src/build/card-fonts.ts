/**
 * The faces of right-to-left social cards, as TTF files (resvg reads TTF and OTF, not woff2):
 * Noto Naskh Arabic and Noto Serif Hebrew from the @expo-google-fonts packages (pinned in
 * package.json; Google Fonts' files, each with a Latin set for names such as "Azure"), regular and
 * bold. satori lays the card out from their bytes, resvg draws its text from their paths.
 * Imported with `.ts` extensions: the build worker loads it under Node's type stripping.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { EditionScript } from '../lib/i18n/fonts.ts';
import type { CardFont } from '../lib/drawing/social-card.ts';

const FILES: Record<EditionScript, { name: string; files: Record<400 | 700, string> }> = {
  arabic: {
    name: 'Noto Naskh Arabic',
    files: {
      400: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
      700: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
    },
  },
  hebrew: {
    name: 'Noto Serif Hebrew',
    files: {
      400: '@expo-google-fonts/noto-serif-hebrew/400Regular/NotoSerifHebrew_400Regular.ttf',
      700: '@expo-google-fonts/noto-serif-hebrew/700Bold/NotoSerifHebrew_700Bold.ttf',
    },
  },
};

/**
 * The TTF files of a script's card face, regular then bold, resolved from the project's packages.
 * @throws Error naming the package to install when a file is missing.
 */
export function scriptCardFontFiles(
  script: EditionScript,
): { name: string; weight: 400 | 700; file: string }[] {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const { name, files } = FILES[script];
  return ([400, 700] as const).map((weight) => {
    try {
      return { name, weight, file: require.resolve(files[weight]) };
    } catch {
      throw new Error(
        `social cards: ${files[weight]} is missing; run npm ci (it comes with ${files[weight].split('/').slice(0, 2).join('/')}).`,
      );
    }
  });
}

const loaded = new Map<EditionScript, { fonts: CardFont[]; files: string[] }>();
/** The same, read: satori's fonts and resvg's file paths (read once a process). */
export function scriptCardFonts(script: EditionScript): { fonts: CardFont[]; files: string[] } {
  let entry = loaded.get(script);
  if (!entry) {
    const files = scriptCardFontFiles(script);
    entry = {
      fonts: files.map((f) => ({
        name: f.name,
        weight: f.weight,
        style: 'normal' as const,
        data: readFileSync(f.file),
      })),
      files: files.map((f) => f.file),
    };
    loaded.set(script, entry);
  }
  return entry;
}
