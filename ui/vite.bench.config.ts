import { defineConfig } from 'vitest/config';

// Measurements of the built desktop app under Xvfb (e2e/*.bench.ts): printed, never asserted.
export default defineConfig({
  test: {
    include: ['e2e/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 1_200_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
