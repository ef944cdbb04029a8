import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests/unit mirrors src/lib (pure rules), tests/build mirrors src/build (Node-only build code),
    // tests/scripts covers the helpers of scripts/, tests/content builds fixture content folders
    // with Astro (tests/support/build-fixture.ts).
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/content/**/*.test.ts'],
    // The content tests wait for real Astro builds, which run one at a time across all test files.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Unit tests compute everything afresh: no build-cache reads or writes (src/build/build-cache.ts).
    env: { BUILD_CACHE: 'off' },
  },
});
