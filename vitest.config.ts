import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

const test = {
  // The content tests wait for real Astro builds, which run one at a time across all test files.
  testTimeout: 300_000,
  hookTimeout: 300_000,
  // Unit tests compute everything afresh: no build-cache reads or writes (src/build/build-cache.ts).
  env: { BUILD_CACHE: 'off' },
};

export default defineConfig({
  test: {
    projects: [
      // tests/unit mirrors src/lib (pure rules), tests/build mirrors src/build (Node-only build code),
      // tests/scripts covers the helpers of scripts/, tests/content builds fixture content folders
      // with Astro (tests/support/build-fixture.ts).
      {
        test: {
          ...test,
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/content/**/*.test.ts',
          ],
          exclude: ['tests/unit/**/*.astro.test.ts'],
        },
      },
      // Tests that render .astro components (Astro's container API) need Astro's Vite plugins.
      getViteConfig({
        test: {
          ...test,
          name: 'components',
          include: ['tests/unit/**/*.astro.test.ts'],
          css: true,
        },
      }),
    ],
  },
});
