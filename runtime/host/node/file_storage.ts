// Storage in a data directory: one JSON file per app id and user
// (`<dataDir>/<appId>/<user>/storage.json`), replaced atomically on every write, so a process
// killed mid-write never leaves a torn store and never loses a write it acknowledged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SnapshotArea, type StorageArea, type StorageBackend } from '../../../bridge/storage/area.js';
import { safeName, writeFileAtomic } from './atomic_file.js';

/**
 * One area per file in this process: two apps with the same id share it rather than overwrite
 * each other. Two processes must not share a data directory.
 */
const areas = new Map<string, StorageArea>();

export class FileStorage implements StorageBackend {
  constructor(readonly dataDir: string) {}

  /** The file holding an app's and user's storage. */
  file(appId: string, user: string): string {
    return join(this.dataDir, safeName(appId), safeName(user), 'storage.json');
  }

  open(appId: string, user: string): StorageArea {
    const file = this.file(appId, user);
    let area = areas.get(file);
    if (area === undefined) {
      area = new SnapshotArea(readStore(file), (snapshot) => writeFileAtomic(file, snapshot));
      areas.set(file, area);
    }
    return area;
  }
}

/** The entries of a storage file (none when it does not exist yet). */
export function readStore(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const value = JSON.parse(text) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${file} does not hold a storage object`);
  return value as Record<string, string>;
}
