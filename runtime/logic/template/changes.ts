// What a setData changed, as paths, and the test every binding runs against it: a binding is
// re-evaluated only when one of the paths it reads overlaps a changed path (one is a prefix of
// the other).
import type { DataPath, DepSummary } from '../../../spec/bundle.js';

/** Changed paths under the data root (`d`) and under scope variables (`s`, first segment the variable). */
export interface Changes {
  d: DataPath[];
  s: DataPath[];
}

export const NO_CHANGES: Changes = { d: [], s: [] };

/** True when one path is a prefix of the other. */
export function pathsOverlap(a: DataPath, b: DataPath): boolean {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** True when any of `reads` overlaps any of `changed`. */
export function overlaps(reads: DataPath[] | undefined, changed: DataPath[]): boolean {
  if (reads === undefined || changed.length === 0) return false;
  for (let i = 0; i < reads.length; i++) {
    for (let j = 0; j < changed.length; j++) if (pathsOverlap(reads[i], changed[j])) return true;
  }
  return false;
}

/** True when something read by `deps` (a binding or a subtree summary) changed. */
export function affected(deps: DepSummary, changes: Changes): boolean {
  return overlaps(deps.d, changes.d) || overlaps(deps.s, changes.s);
}

/** Scope changes with those of the given variables left out (an inner wx:for shadows them). */
export function withoutScopeNames(paths: DataPath[], a: string, b: string): DataPath[] {
  let out: DataPath[] | null = null;
  for (let i = 0; i < paths.length; i++) {
    const root = paths[i][0];
    if (root === a || root === b) {
      if (out === null) out = paths.slice(0, i);
    } else if (out !== null) {
      out.push(paths[i]);
    }
  }
  return out ?? paths;
}
