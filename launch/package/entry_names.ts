// Which paths a package may hold: relative, `/`-separated, each name within the W3C MiniApp
// Packaging rules (UTF-8, at most 255 bytes, none of < > : ? \ | * " nor control characters,
// no trailing "."), and never "." or "..": a file is unpacked inside the app's cache folder or
// not at all.

const FORBIDDEN = /[<>:?\\|*"\u0000-\u001f\u007f-\u009f]/;
const MAX_NAME_BYTES = 255;
const MAX_PATH_BYTES = 1024;

/** Why `path` may not be in a package, or null when it may. */
export function entryNameProblem(path: string): string | null {
  if (path === '') return 'an empty name';
  if (new TextEncoder().encode(path).length > MAX_PATH_BYTES) return `a path longer than ${MAX_PATH_BYTES} bytes`;
  if (path.startsWith('/')) return 'an absolute path';
  if (path.endsWith('/')) return 'a folder entry';
  for (const name of path.split('/')) {
    if (name === '') return 'an empty folder name ("//")';
    if (name === '.' || name === '..') return `a "${name}" in its path`;
    if (FORBIDDEN.test(name)) return 'a character a file name may not hold';
    if (name.endsWith('.')) return 'a name ending in "."';
    if (new TextEncoder().encode(name).length > MAX_NAME_BYTES) return `a name longer than ${MAX_NAME_BYTES} bytes`;
  }
  return null;
}
