// Lazy injection: code the compiler put in chunks (lazyCodeLoading, subpackages) is evaluated the
// first time something it defines is needed — a module required, a template or WXS module used, a
// page or component created. The worker holds the chunks' code; `__host.inject` evaluates one.
import { injectChunk } from './host.js';

let names: string[] = [];
let chunkOf: Record<string, number> = Object.create(null);
const injected = new Set<number>();

/** The manifest's chunks and what each defines. */
export function setChunks(chunks: string[] | undefined, of: Record<string, number> | undefined): void {
  names = chunks ?? [];
  chunkOf = Object.assign(Object.create(null), of);
}

/** Whether a chunk defines `key` (a module id, a WXS module id or a template path). */
export function inChunk(key: string): boolean {
  return key in chunkOf;
}

/** Evaluates the chunk defining `key`, if one does and it was not evaluated yet. */
export function ensure(key: string): void {
  const index = chunkOf[key];
  if (index !== undefined) ensureChunk(index);
}

export function ensureChunk(index: number): void {
  if (injected.has(index) || names[index] === undefined) return;
  injected.add(index);
  injectChunk(names[index]);
}
