// The channel that answers `*Sync` API calls: a SharedArrayBuffer between the worker and the host
// thread. The worker posts the request, then blocks in Atomics.wait until the host writes the
// answer (JSON, UTF-8) and wakes it. An answer larger than the buffer comes in parts: the worker
// asks for each next part with a `syncMore` message. Only the answer to the worker's latest request
// is ever written, so an answer that comes after its call timed out is dropped.
import type { ApiAnswer, LogicMessage } from '../../bridge/protocol.js';

const enum Slot {
  /** Waiting (0) or Ready (1). */
  State = 0,
  /** The call whose answer part is in the buffer. */
  Id = 1,
  /** Bytes of the whole answer. */
  Total = 2,
  /** Bytes of this part. */
  Length = 3,
}

const enum State {
  Waiting = 0,
  Ready = 1,
}

const HEADER_BYTES = 16;
/** Bytes of answer one part carries. */
export const SYNC_PART_BYTES = 64 * 1024;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The shared memory of one app's channel. */
export function syncChannelBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_BYTES + SYNC_PART_BYTES);
}

/** The worker's end: makes a call and blocks until its answer is in. */
export class SyncCaller {
  private readonly slots: Int32Array;
  private readonly data: Uint8Array;
  private seq = 0;

  constructor(buffer: SharedArrayBuffer, private readonly post: (message: LogicMessage) => void) {
    this.slots = new Int32Array(buffer, 0, 4);
    this.data = new Uint8Array(buffer, HEADER_BYTES);
  }

  /** The answer to a sync call (an {@link ApiAnswer} as JSON text), or null when none came within `timeoutMs`. */
  call(api: string, args: unknown, timeoutMs: number): string | null {
    const id = ++this.seq;
    const until = Date.now() + timeoutMs;
    Atomics.store(this.slots, Slot.State, State.Waiting);
    this.post({ t: 'invokeSync', id, api, args });
    let answer: Uint8Array | null = null;
    let received = 0;
    for (;;) {
      const left = until - Date.now();
      if (left <= 0) return null;
      Atomics.wait(this.slots, Slot.State, State.Waiting, left);
      if (Atomics.load(this.slots, Slot.State) !== State.Ready) continue;
      if (Atomics.load(this.slots, Slot.Id) !== id) {
        // A late answer to a call that timed out. Ours may have landed while we looked: then it is
        // in the buffer already and nothing will wake us for it.
        Atomics.store(this.slots, Slot.State, State.Waiting);
        if (Atomics.load(this.slots, Slot.Id) !== id) continue;
      }
      const total = Atomics.load(this.slots, Slot.Total);
      const length = Atomics.load(this.slots, Slot.Length);
      // Copied out of shared memory: TextDecoder refuses shared views.
      answer ??= new Uint8Array(total);
      answer.set(this.data.subarray(0, length), received);
      received += length;
      if (received >= total) break;
      Atomics.store(this.slots, Slot.State, State.Waiting);
      this.post({ t: 'syncMore', id });
    }
    return decoder.decode(answer);
  }
}

/** The host's end: writes answers, part by part. */
export class SyncResponder {
  private readonly slots: Int32Array;
  private readonly data: Uint8Array;
  /** The worker's latest request: the only one it still waits for. */
  private current = 0;
  private pending: { id: number; bytes: Uint8Array; offset: number } | null = null;

  constructor(buffer: SharedArrayBuffer) {
    this.slots = new Int32Array(buffer, 0, 4);
    this.data = new Uint8Array(buffer, HEADER_BYTES);
  }

  /** A request arrived: earlier ones were given up. */
  request(id: number): void {
    this.current = id;
    this.pending = null;
  }

  /** Writes the first part of call `id`'s answer, if the worker still waits for it. */
  answer(id: number, answer: ApiAnswer): void {
    if (id !== this.current) return;
    this.pending = { id, bytes: encoder.encode(JSON.stringify(answer)), offset: 0 };
    this.writePart();
  }

  /** The worker took a part and waits for the next. */
  more(id: number): void {
    if (this.pending?.id === id) this.writePart();
  }

  private writePart(): void {
    const pending = this.pending!;
    const length = Math.min(SYNC_PART_BYTES, pending.bytes.length - pending.offset);
    this.data.set(pending.bytes.subarray(pending.offset, pending.offset + length));
    pending.offset += length;
    if (pending.offset >= pending.bytes.length) this.pending = null;
    Atomics.store(this.slots, Slot.Id, pending.id);
    Atomics.store(this.slots, Slot.Total, pending.bytes.length);
    Atomics.store(this.slots, Slot.Length, length);
    Atomics.store(this.slots, Slot.State, State.Ready);
    Atomics.notify(this.slots, Slot.State);
  }
}
