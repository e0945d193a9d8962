import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The app with the fake shell, built into `dist-browser/` and served by `vite preview`
// for the browser tests in `browser/` (run in Debian's Chromium with playwright-core).
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
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
