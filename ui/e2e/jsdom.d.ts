// The part of jsdom (installed for Vitest's DOM) that e2e/notifications.ts reads dunst's
// markup with; jsdom ships no types of its own.
declare module 'jsdom' {
  export class JSDOM {
    constructor(markup: string, options?: { contentType?: string });
    readonly window: { readonly document: Document };
  }
}
