// A bundle as files: manifest.json, logic.js (+ logic.js.map), its chunks and workers.js (+ maps) and view.css,
// in a directory (`miniapp build`) or in memory (a package holds the same files).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FORMAT, type Bundle, type Manifest } from '../../spec/bundle.js';

const SOURCE_MAP_COMMENT = /\/\/# sourceMappingURL=[^\n]*\n$/;

/** The files of a bundle, by name, in the order they are written. */
export function bundleFiles(bundle: Bundle): Map<string, string> {
  const files = new Map<string, string>();
  const script = (name: string, code: string, map: string) => {
    files.set(name, `${code}//# sourceMappingURL=${name}.map\n`);
    files.set(`${name}.map`, map);
  };
  files.set('manifest.json', `${JSON.stringify(bundle.manifest, null, 2)}\n`);
  script('logic.js', bundle.logic, bundle.logicMap);
  for (const [name, chunk] of Object.entries(bundle.chunks ?? {})) script(name, chunk.code, chunk.map);
  if (bundle.workers !== undefined) script('workers.js', bundle.workers.code, bundle.workers.map);
  files.set('view.css', bundle.css);
  return files;
}

export function writeBundle(bundle: Bundle, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of bundleFiles(bundle)) writeFileSync(join(dir, name), text);
}

/** A bundle from its files; `read` gives a file's text by name, `where` names them in errors. */
export function bundleFromFiles(read: (name: string) => string, where: string): Bundle {
  const manifest = JSON.parse(read('manifest.json')) as Manifest;
  if (manifest.format !== BUNDLE_FORMAT) throw new Error(`${where}: bundle format ${String(manifest.format)} is not ${BUNDLE_FORMAT}`);
  const bundle: Bundle = {
    manifest,
    logic: read('logic.js').replace(SOURCE_MAP_COMMENT, ''),
    logicMap: read('logic.js.map'),
    css: read('view.css'),
  };
  if (manifest.chunks !== undefined) {
    bundle.chunks = Object.fromEntries(manifest.chunks.map((name) => [name, { code: read(name).replace(SOURCE_MAP_COMMENT, ''), map: read(`${name}.map`) }]));
  }
  if (manifest.workers !== undefined) bundle.workers = { code: read('workers.js').replace(SOURCE_MAP_COMMENT, ''), map: read('workers.js.map') };
  return bundle;
}

/** Reads a bundle directory written by `miniapp build`. */
export function readBundle(dir: string): Bundle {
  return bundleFromFiles((name) => readFileSync(join(dir, name), 'utf8'), dir);
}
