import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    // Every process assumes production unless told otherwise; the tests say development by name.
    env: { NODE_ENV: 'development' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
