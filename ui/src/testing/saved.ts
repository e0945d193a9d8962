// The files a view saved, as a test finds them: the view says where the shell wrote
// each one ("Saved to /…/downloads/fieldbook-2026-W48.pdf"), and the test reads it there.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { screen } from '@testing-library/react';

/** Waits for the view to say it saved a file named like `name`, and reads that file. */
export async function savedFile(name: RegExp): Promise<{ name: string; bytes: Buffer; text: string }> {
  const said = await screen.findByText(
    (_, element) => element?.getAttribute('role') === 'status' && name.test(basename(pathIn(element.textContent))),
    {},
    { timeout: 20000 },
  );
  const path = pathIn(said.textContent);
  const bytes = readFileSync(path);
  return { name: basename(path), bytes, text: bytes.toString('utf8') };
}

/** The absolute path a message ends with, from its first slash. */
function pathIn(text: string | null): string {
  return /(\/.*)$/.exec(text ?? '')?.[1] ?? '';
}
