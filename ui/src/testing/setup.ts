// Component tests run in jsdom, which lays nothing out: give elements a size so
// the virtualised table renders a window of rows; after each test, close the desks
// it opened on the real shell.
import { cleanup } from '@testing-library/react';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach } from 'vitest';
import { closeDesks } from './desk';

beforeEach(() => {
  Element.prototype.getBoundingClientRect = function () {
    return { x: 0, y: 0, top: 0, left: 0, bottom: 600, right: 1000, width: 1000, height: 600, toJSON: () => ({}) };
  };
  for (const [property, size] of [
    ['clientHeight', 600],
    ['clientWidth', 1000],
    ['offsetHeight', 600],
    ['offsetWidth', 1000],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => size });
  }
});

afterEach(async () => {
  cleanup();
  clearMocks();
  await closeDesks();
});
