import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

const test = {
  // The content fixture tests each run a real Astro build.
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // Unit tests compute everything afresh: no build-cache reads or writes (src/build/build-cache.ts).
  env: { BUILD_CACHE: 'off' },
};

export default defineConfig({
  test: {
    projects: [
      { test: { ...test, name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'], exclude: ['tests/unit/**/*.astro.test.ts'] } },
      // Tests that render .astro components (Astro's container API) need Astro's Vite plugins.
      getViteConfig({ test: { ...test, name: 'components', include: ['tests/unit/**/*.astro.test.ts'], css: true } }) as never,
    ],
  },
});
