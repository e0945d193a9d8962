// The typed IPC boundary with the desktop shell (src-tauri/src/commands.rs).
// These types mirror the Rust DTOs by hand until they are generated from Rust.
import { invoke } from '@tauri-apps/api/core';

/** What `portfolio_summary` returns. */
export interface PortfolioSummary {
  managerName: string;
  clientCount: number;
}

/** How every command fails: `code` is for the UI to branch on, `message` for people. */
export interface CommandError {
  code: string;
  message: string;
}

declare global {
  interface Window {
    __TAURI_INTERNALS__?: unknown;
  }
}

/** True inside the desktop app, false in a plain browser. */
export function insideTauri(): boolean {
  return window.__TAURI_INTERNALS__ !== undefined;
}

export function loadPortfolioSummary(): Promise<PortfolioSummary> {
  return invoke<PortfolioSummary>('portfolio_summary');
}

/** Turns whatever a rejected `invoke` carries into a `CommandError`. */
export function toCommandError(error: unknown): CommandError {
  if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    'message' in error &&
    typeof error.code === 'string' &&
    typeof error.message === 'string'
  ) {
    return { code: error.code, message: error.message };
  }
  return { code: 'unknown', message: String(error) };
}
