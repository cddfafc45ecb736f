// Data observers (`observers: { 'a, b.c': fn }`): which ones a set of changed paths triggers. A
// change triggers an observer watching the changed path or a path below it; a `**` observer is
// also triggered by changes anywhere below its prefix. A change below a watched path does not
// trigger it (setting `a.b` does not trigger an observer of `a`).
import type { ObserverDefinition } from './definition.js';

function startsWith(path: string[], prefix: string[]): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/** True when changing `changed` triggers an observer watching `watched`. */
export function observerTriggered(watched: string[], changed: string[]): boolean {
  if (watched[watched.length - 1] === '**') return startsWith(changed, watched.slice(0, -1)) || startsWith(watched.slice(0, -1), changed);
  return startsWith(watched, changed);
}

/** The observers (indices) that some change triggers, in definition order. */
export function triggeredObservers(observers: ObserverDefinition[], changes: string[][]): number[] {
  const out: number[] = [];
  for (let i = 0; i < observers.length; i++) {
    if (observers[i].paths.some((watched) => changes.some((changed) => observerTriggered(watched, changed)))) out.push(i);
  }
  return out;
}

/** The values an observer is called with: each watched path's value (a `**` path's prefix). */
export function observerArguments(data: Record<string, unknown>, observer: ObserverDefinition): unknown[] {
  return observer.paths.map((path) => {
    let value: unknown = data;
    for (const segment of path) {
      if (segment === '**') break;
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
    return value;
  });
}
