// A bundle on disk: manifest.json, logic.js (+ logic.js.map) and view.css in one directory.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FORMAT, type Bundle, type Manifest } from '../../spec/bundle.js';

export function writeBundle(bundle: Bundle, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(bundle.manifest, null, 2)}\n`);
  writeFileSync(join(dir, 'logic.js'), `${bundle.logic}//# sourceMappingURL=logic.js.map\n`);
  writeFileSync(join(dir, 'logic.js.map'), bundle.logicMap);
  writeFileSync(join(dir, 'view.css'), bundle.css);
}

/** Reads a bundle directory written by `miniapp build`. */
export function readBundle(dir: string): Bundle {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.format !== BUNDLE_FORMAT) throw new Error(`${dir}: bundle format ${String(manifest.format)} is not ${BUNDLE_FORMAT}`);
  return {
    manifest,
    logic: readFileSync(join(dir, 'logic.js'), 'utf8').replace(/\/\/# sourceMappingURL=logic\.js\.map\n$/, ''),
    logicMap: readFileSync(join(dir, 'logic.js.map'), 'utf8'),
    css: readFileSync(join(dir, 'view.css'), 'utf8'),
  };
}
