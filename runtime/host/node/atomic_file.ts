// Writing a file so that a crash at any moment leaves either the old content or the new, never a
// mix: write a temporary file beside it, fsync it, rename it over the old one, fsync the folder.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

let counter = 0;

/** Replaces `file` with `text`; resolves once the new content is durable. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${process.pid}.${++counter}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, file);
  // The rename itself is durable once the folder's entry is.
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** A file or folder name for any string: letters, digits, `_` and `-` as they are, the rest escaped. */
export function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) || '%';
}
