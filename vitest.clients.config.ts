import { defineConfig } from 'vitest/config';

/**
 * The built site read by the real clients that journalists' tools use (tests/clients): the W3C Nu
 * HTML Checker over every page, citation-js over every export, TimelineJS loading the export from
 * another origin. They read the build that `npm test` has just made.
 */
export default defineConfig({
  test: {
    include: ['tests/clients/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    env: { BUILD_CACHE: 'off' },
  },
});
