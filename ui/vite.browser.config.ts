import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The app with the real shell behind `invoke` through the desk bridge (browser/main.ts),
// built into `dist-browser/` and served by `vite preview` for the browser tests in
// `browser/` (run in Debian's Chromium with playwright-core).
export default defineConfig({
  plugins: [react()],
  root: 'browser',
  clearScreen: false,
  logLevel: 'warn',
  build: { outDir: '../dist-browser', emptyOutDir: true, target: 'es2022', minify: false },
  test: {
    root: '.',
    include: ['browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['src/testing/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
