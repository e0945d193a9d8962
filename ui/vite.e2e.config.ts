import { defineConfig } from 'vitest/config';

// Real-window tests of the built desktop app, run under Xvfb through tauri-driver
// and WebKitWebDriver (see e2e/). They run one at a time: each owns the app.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
