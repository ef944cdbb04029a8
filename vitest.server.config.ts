import { defineConfig } from 'vitest/config';

/**
 * The tests against real web servers (tests/server): they serve the build that `npm test` has just
 * made, so they run after it, apart from the unit tests.
 */
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    env: { BUILD_CACHE: 'off' },
  },
});
