import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    // The content fixture tests each run a real Astro build.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Unit tests compute everything afresh: no build-cache reads or writes (src/lib/build-cache.ts).
    env: { BUILD_CACHE: 'off' },
  },
});
