/**
 * The Arabic and Hebrew editions' self-hosted faces: chosen by the edition's language, declared
 * with font-display: swap and only their script's unicode-range, from files that exist in the
 * pinned Fontsource packages, and small enough to stay within what a page may weigh.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionScript, SCRIPT_FONTS, type EditionScript } from '../../../src/lib/i18n';

const ROOT = join(import.meta.dirname, '../../..');
const require = createRequire(join(ROOT, 'package.json'));

describe('editionScript', () => {
  it('gives Arabic and Hebrew editions their script, and English none', () => {
    expect(editionScript({ locale: 'ar', direction: 'rtl' })).toBe('arabic');
    expect(editionScript({ locale: 'ar-EG', direction: 'rtl' })).toBe('arabic');
    expect(editionScript({ locale: 'he', direction: 'rtl' })).toBe('hebrew');
    expect(editionScript({ locale: 'he-IL', direction: 'rtl' })).toBe('hebrew');
    expect(editionScript({ locale: 'en-GB', direction: 'ltr' })).toBeNull();
    // A right-to-left language without a face of its own keeps the system fonts.
    expect(editionScript({ locale: 'dv', direction: 'rtl' })).toBeNull();
  });
});

describe.each(
  Object.entries(SCRIPT_FONTS) as [EditionScript, { family: string; package: string }][],
)('the %s stylesheet', (script, font) => {
  const css = readFileSync(join(ROOT, `src/styles/fonts/${script}.css`), 'utf8');
  const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!);
  const ranges = JSON.parse(
    readFileSync(require.resolve(`${font.package}/unicode.json`), 'utf8'),
  ) as Record<string, string>;

  it('declares regular and bold, swapping, limited to the script’s own letters', () => {
    expect(faces.map((f) => f.match(/font-weight:\s*(\d+)/)![1])).toEqual(['400', '700']);
    for (const face of faces) {
      expect(face).toContain(`font-family: '${font.family}'`);
      expect(face).toMatch(/font-display:\s*swap/);
      const range = face.match(/unicode-range:\s*([^;]+);/)![1]!.replace(/\s/g, '');
      expect(range).toBe(ranges[script]);
      // No Latin letter: English words on the page keep the system faces.
      expect(range).not.toMatch(/U\+0000|U\+0041/);
    }
    expect(css).toContain(`--font-script: '${font.family}'`);
  });

  it('points at woff2 files that exist, and says what they weigh', () => {
    const files = faces.map((f) => f.match(/url\('([^']+)'\)/)![1]!);
    const bytes = files.map((f) => statSync(require.resolve(f)).size);
    expect(files.every((f) => f.endsWith('.woff2') && f.startsWith(`${font.package}/files/`))).toBe(
      true,
    );
    // Regular and bold together: what a reader of this edition downloads once, then caches.
    const total = bytes.reduce((a, b) => a + b, 0);
    console.info(`${script}: ${bytes.join(' + ')} = ${total} bytes`);
    expect(total).toBeLessThan(120_000);
  });
});
