// Saving a file the shell made — the weekly report's PDF and CSV, the greetings CSV, the
// Export section's files — in the manager's Downloads folder. The webview drops a
// download of its own (`<a download>`), so the shell writes the file and says where.
import { useState } from 'react';
import { useT } from './i18n';
import { shell, toCommandError } from './ipc';

/** A file to save: its name and its bytes, base64. */
export type Made = { name: string; base64: string };

/** `text` as UTF-8 bytes, base64. */
export function textBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** What a save is doing: `save` makes a file and has the shell write it; meanwhile `busy`. */
export function useSave() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const save = (make: () => Promise<Made>) => {
    setBusy(true);
    setFailure(null);
    setSavedTo(null);
    make()
      .then(({ name, base64 }) => shell.saveDownload(name, base64))
      .then(
        (path) => {
          setSavedTo(path);
          setBusy(false);
        },
        (error: unknown) => {
          setFailure(toCommandError(error).message);
          setBusy(false);
        },
      );
  };
  return { busy, failure, savedTo, save };
}

/** A save's progress (labelled `making`), where the file went, or why it could not be saved. */
export function SaveStatus(props: { busy: boolean; failure: string | null; savedTo: string | null; making: string }) {
  const t = useT();
  return (
    <>
      {props.busy && (
        <span role="status">
          <progress aria-label={props.making} /> {props.making}
        </span>
      )}
      {props.savedTo && <span role="status">{t('saved-to', { path: props.savedTo })}</span>}
      {props.failure && <p role="alert">{props.failure}</p>}
    </>
  );
}
