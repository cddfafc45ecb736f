// Where the user's answers are kept: per app id and user. The default Node host keeps them in its
// data directory (runtime/host/node/file_permissions.ts); a browser host in localStorage.

/** The user's answers for one app: each scope asked so far, and whether they agreed to its privacy terms. */
export interface PermissionRecord {
  authSetting: Record<string, boolean>;
  privacyAgreed: boolean;
}

export interface PermissionStore {
  load(appId: string, user: string): Promise<PermissionRecord> | PermissionRecord;
  save(appId: string, user: string, record: PermissionRecord): Promise<void> | void;
}

/** A record with nothing asked yet. */
export function emptyRecord(): PermissionRecord {
  return { authSetting: {}, privacyAgreed: false };
}

/** Reads a stored record defensively: anything malformed counts as not asked. */
export function parseRecord(text: string | null | undefined): PermissionRecord {
  const record = emptyRecord();
  if (!text) return record;
  try {
    const value = JSON.parse(text) as Partial<PermissionRecord>;
    if (value.authSetting && typeof value.authSetting === 'object') {
      for (const [scope, granted] of Object.entries(value.authSetting)) if (typeof granted === 'boolean') record.authSetting[scope] = granted;
    }
    record.privacyAgreed = value.privacyAgreed === true;
  } catch {
    // A damaged file asks again rather than granting anything.
  }
  return record;
}

/** Answers kept in memory for the life of the process. */
export class MemoryPermissionStore implements PermissionStore {
  private readonly records = new Map<string, PermissionRecord>();

  load(appId: string, user: string): PermissionRecord {
    return structuredClone(this.records.get(`${appId}\n${user}`) ?? emptyRecord());
  }

  save(appId: string, user: string, record: PermissionRecord): void {
    this.records.set(`${appId}\n${user}`, structuredClone(record));
  }
}

/** Answers kept in a Web Storage area (a browser's localStorage), one item per app and user. */
export class WebPermissionStore implements PermissionStore {
  constructor(private readonly storage: Storage, private readonly prefix = 'miniapp') {}

  load(appId: string, user: string): PermissionRecord {
    return parseRecord(this.storage.getItem(`${this.prefix}:${appId}:${user}:permissions`));
  }

  save(appId: string, user: string, record: PermissionRecord): void {
    this.storage.setItem(`${this.prefix}:${appId}:${user}:permissions`, JSON.stringify(record));
  }
}
