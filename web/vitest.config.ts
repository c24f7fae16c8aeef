import { defineConfig } from 'vitest/config';

// One browser journey against the real federation: its first start loads the reference data (minutes here).
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 600_000 },
});
