// Tasks the logic thread runs later by itself (timers of the app and of its Worker, messages between
// the two), by key: each a Node timer and when it is due, so that `idle` can tell the host when the
// next one is (`settled()` waits for what is due soon).
export class DueTasks {
  private readonly tasks = new Map<number, [ReturnType<typeof setTimeout>, number]>();

  get size(): number {
    return this.tasks.size;
  }

  /** Runs `run` after `delay` ms, in place of the task of the same key. */
  schedule(key: number, delay: number, run: () => void): void {
    this.cancel(key);
    const handle = setTimeout(() => {
      this.tasks.delete(key);
      run();
    }, delay);
    this.tasks.set(key, [handle, Date.now() + delay]);
  }

  cancel(key: number): void {
    const task = this.tasks.get(key);
    if (task === undefined) return;
    clearTimeout(task[0]);
    this.tasks.delete(key);
  }

  /** When the next one is due (epoch ms), or null. */
  nextDue(): number | null {
    let next: number | null = null;
    for (const [, due] of this.tasks.values()) if (next === null || due < next) next = due;
    return next;
  }

  clear(): void {
    for (const [handle] of this.tasks.values()) clearTimeout(handle);
    this.tasks.clear();
  }
}
