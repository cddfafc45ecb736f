// A bundle on disk: manifest.json, logic.js (+ logic.js.map), its chunks (+ maps) and view.css in
// one directory.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FORMAT, type Bundle, type Manifest } from '../../spec/bundle.js';

const SOURCE_MAP_COMMENT = /\/\/# sourceMappingURL=[^\n]*\n$/;

function writeScript(dir: string, name: string, code: string, map: string): void {
  writeFileSync(join(dir, name), `${code}//# sourceMappingURL=${name}.map\n`);
  writeFileSync(join(dir, `${name}.map`), map);
}

export function writeBundle(bundle: Bundle, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(bundle.manifest, null, 2)}\n`);
  writeScript(dir, 'logic.js', bundle.logic, bundle.logicMap);
  for (const [name, chunk] of Object.entries(bundle.chunks ?? {})) writeScript(dir, name, chunk.code, chunk.map);
  writeFileSync(join(dir, 'view.css'), bundle.css);
}

/** Reads a bundle directory written by `miniapp build`. */
export function readBundle(dir: string): Bundle {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.format !== BUNDLE_FORMAT) throw new Error(`${dir}: bundle format ${String(manifest.format)} is not ${BUNDLE_FORMAT}`);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const bundle: Bundle = {
    manifest,
    logic: read('logic.js').replace(SOURCE_MAP_COMMENT, ''),
    logicMap: read('logic.js.map'),
    css: read('view.css'),
  };
  if (manifest.chunks !== undefined) {
    bundle.chunks = Object.fromEntries(manifest.chunks.map((name) => [name, { code: read(name).replace(SOURCE_MAP_COMMENT, ''), map: read(`${name}.map`) }]));
  }
  return bundle;
}
