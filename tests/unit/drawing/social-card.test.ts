import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, titleSize } from '../../../src/lib/drawing/social-card';
import { renderCard } from '../../../src/build/social-cards';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => ({
  name: 'Source Serif 4',
  weight,
  style: 'normal' as const,
  data: readFileSync(
    require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`),
  ),
});
const card = {
  kicker: 'Event',
  title: 'Something happened',
  details: ['August 2025', 'Evidence status: Reported'],
  site: 'Test site',
};

describe('social cards', () => {
  it('draws a 1200×630 PNG from npm fonts', async () => {
    const png = await renderCard(card, [font(400), font(700)]);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(CARD_WIDTH);
    expect(png.readUInt32BE(20)).toBe(CARD_HEIGHT);
  }, 30_000);
  it('says in its alt text everything the card shows', () => {
    expect(cardAlt(card)).toBe(
      'Event. Something happened. August 2025. Evidence status: Reported. Test site',
    );
  });
  it('shrinks the title as it grows', () => {
    expect(titleSize('a'.repeat(40))).toBeGreaterThan(titleSize('a'.repeat(100)));
  });
});
