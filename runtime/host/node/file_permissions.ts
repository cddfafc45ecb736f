// The user's answers in a data directory: `<dataDir>/<appId>/<user>/permissions.json`, replaced
// atomically.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRecord, type PermissionRecord, type PermissionStore } from '../../../bridge/permissions/store.js';
import { safeName, writeFileAtomic } from './atomic_file.js';

export class FilePermissionStore implements PermissionStore {
  constructor(readonly dataDir: string) {}

  private file(appId: string, user: string): string {
    return join(this.dataDir, safeName(appId), safeName(user), 'permissions.json');
  }

  async load(appId: string, user: string): Promise<PermissionRecord> {
    const text = await readFile(this.file(appId, user), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    return parseRecord(text);
  }

  async save(appId: string, user: string, record: PermissionRecord): Promise<void> {
    await writeFileAtomic(this.file(appId, user), `${JSON.stringify(record, null, 2)}\n`);
  }
}
