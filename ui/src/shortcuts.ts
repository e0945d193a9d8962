// Keyboard shortcuts: `/` or Ctrl+K focuses search, `n` starts a new visit on a
// client's page, Ctrl+Shift+N a new note line on a visit. Views that can act on
// "new visit" and "new note" listen for these events.
import { useEffect } from 'react';

export const NEW_VISIT = 'fieldbook:new-visit';
export const NEW_NOTE = 'fieldbook:new-note';

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function useShortcuts({ focusSearch }: { focusSearch: () => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && key === 'n') {
        event.preventDefault();
        window.dispatchEvent(new Event(NEW_NOTE));
      } else if ((event.ctrlKey || event.metaKey) && key === 'k') {
        event.preventDefault();
        focusSearch();
      } else if (typingIn(event.target) || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      } else if (key === '/') {
        event.preventDefault();
        focusSearch();
      } else if (key === 'n') {
        event.preventDefault();
        window.dispatchEvent(new Event(NEW_VISIT));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusSearch]);
}

/** Runs `action` whenever the shortcut event `name` fires. */
export function useShortcutEvent(name: string, action: () => void) {
  useEffect(() => {
    window.addEventListener(name, action);
    return () => window.removeEventListener(name, action);
  }, [name, action]);
}
