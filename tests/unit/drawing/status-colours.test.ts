import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { statusColours } from '../../../src/lib/drawing/status-colours';

describe('evidence-status colours come from the design tokens', () => {
  it('reads every status from the stylesheet', () => {
    const colours = statusColours(
      readFileSync('src/styles/global.css', 'utf8'),
      'src/styles/global.css',
    );
    expect(colours.confirmed).toEqual({ light: '#14532d', dark: '#74d39a' });
    expect(Object.keys(colours)).toEqual([
      'confirmed',
      'reported',
      'alleged',
      'disputed',
      'denied',
    ]);
  });

  it('stops naming the file and the token when one is missing', () => {
    const css = '--color-status-confirmed: light-dark(#111, #eee);';
    expect(() => statusColours(css, 'x.css')).toThrow(
      'x.css: no colour for the evidence status "reported". Define --color-status-reported',
    );
  });
});
