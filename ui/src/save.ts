// Saving a file the shell made: through the webview's download of a Blob, as for the
// weekly report's PDF, the greetings CSV and the Export section's files; and the state
// of a save under way (a button is disabled meanwhile, a failure is said).
import { useState } from 'react';
import { toCommandError } from './ipc';

/** Saves `blob` under the file name `name`. */
export function saveFile(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The bytes a base64 text holds, as a Blob of the media type `type`. */
export function fromBase64(base64: string, type: string): Blob {
  return new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type });
}

/** A file to save, as the shell made it. */
export type Made = { blob: Blob; name: string };

/** Whether a file is being made, why the last one failed, and `save` to make and save one. */
export function useSave() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = (make: () => Promise<Made>) => {
    setBusy(true);
    setFailure(null);
    make().then(
      ({ blob, name }) => {
        saveFile(blob, name);
        setBusy(false);
      },
      (error: unknown) => {
        setFailure(toCommandError(error).message);
        setBusy(false);
      },
    );
  };
  return { busy, failure, save };
}
