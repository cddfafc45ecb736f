// One app's (and one user's) storage: keys → JSON text, with its size in bytes, kept in memory and
// written through to where the host keeps it. A write resolves once it is durable there.

/** The storage of one app id and user. */
export interface StorageArea {
  /** The JSON text stored under `key`. */
  get(key: string): string | undefined;
  keys(): string[];
  /** Bytes used: every key and its JSON text, in UTF-8. */
  size(): number;
  set(key: string, json: string): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
}

/** Opens the storage of an app id and user. */
export interface StorageBackend {
  open(appId: string, user: string): StorageArea | Promise<StorageArea>;
}

const encoder = new TextEncoder();

/** UTF-8 length of a string. */
export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Entries in memory, persisted as one snapshot (`{ key: json }` as JSON text) by `persist`. Writes
 * that arrive while one is under way share the next one, so a burst of sets costs two writes.
 */
export class SnapshotArea implements StorageArea {
  private readonly entries = new Map<string, string>();
  private bytes = 0;
  private current: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(
    initial: Record<string, string>,
    private readonly persist: (snapshot: string) => Promise<void> | void,
  ) {
    for (const key of Object.keys(initial)) {
      if (typeof initial[key] === 'string') this.put(key, initial[key]);
    }
  }

  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  size(): number {
    return this.bytes;
  }

  set(key: string, json: string): Promise<void> {
    const previous = this.entries.get(key);
    this.put(key, json);
    return this.flush().catch((error: unknown) => {
      if (this.entries.get(key) === json) previous === undefined ? this.drop(key) : this.put(key, previous);
      throw error;
    });
  }

  remove(key: string): Promise<void> {
    this.drop(key);
    return this.flush();
  }

  clear(): Promise<void> {
    this.entries.clear();
    this.bytes = 0;
    return this.flush();
  }

  private put(key: string, json: string): void {
    this.drop(key);
    this.entries.set(key, json);
    this.bytes += byteLength(key) + byteLength(json);
  }

  private drop(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.bytes -= byteLength(key) + byteLength(old);
    this.entries.delete(key);
  }

  /** Resolves once a snapshot taken after this call is persisted. */
  private flush(): Promise<void> {
    if (this.next !== null) return this.next;
    if (this.current === null) return (this.current = this.write());
    this.next = this.current.catch(() => undefined).then(() => {
      this.next = null;
      return (this.current = this.write());
    });
    return this.next;
  }

  private write(): Promise<void> {
    // The snapshot is taken now, synchronously: later changes go to the next write.
    const snapshot = JSON.stringify(Object.fromEntries(this.entries));
    return Promise.resolve()
      .then(() => this.persist(snapshot))
      .finally(() => {
        this.current = null;
      });
  }
}

/** Storage kept in memory for the life of the process. */
export class MemoryStorage implements StorageBackend {
  private readonly areas = new Map<string, StorageArea>();

  open(appId: string, user: string): StorageArea {
    const id = `${appId}\n${user}`;
    let area = this.areas.get(id);
    if (area === undefined) this.areas.set(id, (area = new SnapshotArea({}, () => undefined)));
    return area;
  }
}

/** Storage in a Web Storage area (a browser's localStorage), one item per app id and user. */
export class WebStorage implements StorageBackend {
  constructor(private readonly storage: Storage, private readonly prefix = 'miniapp') {}

  open(appId: string, user: string): StorageArea {
    const item = `${this.prefix}:${appId}:${user}:storage`;
    let initial: Record<string, string> = {};
    try {
      initial = JSON.parse(this.storage.getItem(item) ?? '{}') as Record<string, string>;
    } catch {
      // A damaged item starts empty rather than failing every call.
    }
    return new SnapshotArea(initial, (snapshot) => this.storage.setItem(item, snapshot));
  }
}
