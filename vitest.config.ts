import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  // JSX: Vite 8 (oxc) follows tsconfig.json's `jsx: react-jsx` + `jsxImportSource: preact`.
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    // Speed is the bench's business, not a unit test's: on a shared 2-core machine a fuzz or
    // property test may take several times its usual seconds, and must not fail for it.
    testTimeout: 60_000,
  },
});
