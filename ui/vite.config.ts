import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The desktop shell loads `dist/` (see src-tauri/tauri.conf.json).
export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    globalSetup: ['src/testing/globalSetup.ts'],
    // Each command is a round trip to the real shell (desk-bridge) and its SQLite file.
    testTimeout: 30_000,
  },
});
