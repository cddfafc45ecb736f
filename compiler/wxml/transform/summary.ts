// Dependency summaries: what a subtree reads, so an update can skip subtrees it does not touch.
import type { DataPath } from '../../../spec/bundle.js';
import { minimizePaths } from '../expression.js';
import type { SourceNode, SourceValue, Summary } from '../ir.js';

/** Past this many paths a summary keeps only their first segments (coarser, still correct). */
const MAX_PATHS = 24;

function cap(paths: DataPath[]): DataPath[] {
  const minimal = minimizePaths(paths);
  return minimal.length <= MAX_PATHS ? minimal : minimizePaths(minimal.map((p) => p.slice(0, 1)));
}

export function emptySummary(): Summary {
  return { d: [], s: [] };
}

/** Adds what a value or a node reads to a summary being built. */
export function addValue(into: Summary, value: SourceValue | null): void {
  if (value === null || typeof value === 'string') return;
  into.d.push(...value.d);
  into.s.push(...value.s);
}

export function addNode(into: Summary, node: SourceNode): void {
  if (node.k === 2) addValue(into, node.v);
  else {
    into.d.push(...node.d);
    into.s.push(...node.s);
  }
}

/** Finishes a summary: duplicates and covered paths dropped, size capped. */
export function finish(summary: Summary): Summary {
  return { d: cap(summary.d), s: cap(summary.s) };
}
