// Questions the host asks the logic thread (or the user, through it) that are answered later by
// id: what to share, an inspection, a privacy consent. Each waits for its answer; when the app
// stops, every one still waiting gets the answer for a stopped app, so nobody waits forever.
export class Answers<T> {
  private readonly waiting = new Map<number, (answer: T) => void>();
  private lastId = 0;

  /** @param stopped the answer for a question the app cannot answer any more */
  constructor(private readonly stopped: T) {}

  /** Asks under a new id (`send` carries the question). */
  ask(send: (id: number) => void): Promise<T> {
    return this.askAs(++this.lastId, send);
  }

  /** Asks under the caller's id (a call's own). */
  askAs(id: number, send: (id: number) => void): Promise<T> {
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      send(id);
    });
  }

  /** The answer to question `id` arrived (an unknown id is ignored). */
  answer(id: number, value: T): void {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(value);
  }

  /** The app stopped: every question still waiting gets the stopped answer. */
  stop(): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const resolve of waiting) resolve(this.stopped);
  }
}
