import { defineConfig } from 'vitest/config';

// E2E: the built extension (.output/chrome-mv3) in headless Chromium. One file at a
// time: each launches a browser, and the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
