// app.json's `useExtendedLib`: libraries WeChat lends a mini-program without npm. `{"weui": true}`
// (or a version) makes `weui-miniprogram/…` resolve as if it were built into miniprogram_npm;
// miniapp lends the weui-miniprogram package it ships with, whatever version is asked for.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DiagnosticCode, type DiagnosticSink } from '../diagnostics.js';
import type { ProjectFiles } from './files.js';
import { isObject, type JsonFile } from './json.js';

/** The extended libraries miniapp can lend: name in app.json → the npm package that stands for it. */
const LIBRARIES: Record<string, string> = { weui: 'weui-miniprogram' };

const require = createRequire(import.meta.url);

/** Mounts every library app.json asks for under `miniprogram_npm/<package>/`; warns of the others. */
export function mountExtendedLibs(files: ProjectFiles, appJson: JsonFile, sink: DiagnosticSink): void {
  const libs = isObject(appJson.value) ? appJson.value.useExtendedLib : undefined;
  if (!isObject(libs)) return;
  for (const [name, wanted] of Object.entries(libs)) {
    if (wanted === false || wanted === undefined || wanted === null) continue;
    const at = appJson.at(['useExtendedLib', name]);
    const pkg = Object.hasOwn(LIBRARIES, name) ? LIBRARIES[name] : undefined;
    if (pkg === undefined) {
      sink.warning(DiagnosticCode.JsonSchema, `useExtendedLib["${name}"]: miniapp has no such library to lend (it lends: ${Object.keys(LIBRARIES).join(', ')})`, at.offset, at.offset + at.length);
      continue;
    }
    const packageDir = dirname(require.resolve(`${pkg}/package.json`));
    const { miniprogram } = require(`${pkg}/package.json`) as { miniprogram?: string };
    files.mount(`miniprogram_npm/${pkg}/`, join(packageDir, miniprogram ?? '.'));
  }
}
