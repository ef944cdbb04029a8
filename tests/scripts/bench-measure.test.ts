import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroSeconds, buildPhases, timelineLinks } from '../../scripts/bench/measure.mjs';

describe('astroSeconds', () => {
  it('reads the durations Astro prints', () => {
    expect(astroSeconds('24ms')).toBe(0.024);
    expect(astroSeconds('3.14s')).toBe(3.14);
    expect(astroSeconds('2m 1s')).toBe(121);
    expect(astroSeconds('1m 5.3s')).toBeCloseTo(65.3);
  });
  it('gives NaN for anything else', () => {
    expect(astroSeconds('')).toBeNaN();
    expect(astroSeconds('soon')).toBeNaN();
  });
});

describe('buildPhases', () => {
  // The shape of an Astro 7 build log with colours off (trimmed).
  const log = [
    '22:46:08 [build] Collecting build info...',
    '22:46:08 [build] ✓ Completed in 1.67s.',
    '22:46:08 [build] Building static entrypoints...',
    '22:46:11 [vite] ✓ built in 3.14s',
    '22:46:11 [vite] ✓ built in 24ms',
    ' generating static routes ',
    '22:46:12   ├─ /404.html (+17ms) ',
    '22:46:32 ✓ Completed in 20.15s.',
    '',
    '22:46:32 [build] ✓ Completed in 23.74s.',
    '22:46:35 [build] 1420 page(s) built in 27.98s',
  ].join('\n');

  it("splits Astro's total into bundling, pages and the rest", () => {
    const phases = buildPhases(log);
    expect(phases.bundle).toBeCloseTo(3.164);
    expect(phases.pages).toBeCloseTo(20.15);
    expect(phases.other).toBeCloseTo(27.98 - 3.164 - 20.15);
    expect(phases.work).toBeUndefined();
  });
  it('reads the site’s own tally of cards, citations and search', () => {
    const phases = buildPhases(
      `${log}
22:46:35 [search-and-sitemap] Work: cards 24.1 s (1050), citations 6.0 s (14000), search 3.2 s (1300)
`,
    );
    expect(phases.work).toEqual({
      cards: { seconds: 24.1, items: 1050 },
      citations: { seconds: 6, items: 14000 },
      search: { seconds: 3.2, items: 1300 },
    });
  });
  it('gives NaN for what a log lacks', () => {
    const phases = buildPhases('the build failed');
    expect(phases.bundle).toBeNaN();
    expect(phases.pages).toBeNaN();
    expect(phases.other).toBeNaN();
  });
});

describe('timelineLinks', () => {
  it('follows each event page’s link to its place on a timeline and finds the anchor, or says which is lost', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-links-'));
    try {
      const write = (path: string, html: string) => {
        mkdirSync(join(dir, path), { recursive: true });
        writeFileSync(join(dir, path, 'index.html'), html);
      };
      write('events/a', '<a href="/#a">See it on the timeline</a>');
      write('events/b', '<a href="/years/2025/2/#b">See it on the timeline</a>');
      write('', '<li id="a"></li>');
      write('years/2025/2', '<li id="c"></li>');
      expect(timelineLinks(dir)).toEqual({
        links: 2,
        resolved: 1,
        lost: ['/events/b/ → /years/2025/2/#b'],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
