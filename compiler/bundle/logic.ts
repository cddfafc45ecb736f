// logic.js: every script as a module factory, then every WXS module and template, with a source map
// back to the project's files.
import MagicString, { Bundle as SourceBundle } from 'magic-string';
import type { CompiledScript } from '../script/compile.js';

export interface LogicScript {
  code: string;
  map: string;
}

/** `scripts` keyed by their file (path from the root); `registrations` (WXS modules, templates) as their compilers wrote them. */
export function assembleLogic(scripts: Map<string, CompiledScript>, registrations: string[]): LogicScript {
  const bundle = new SourceBundle({ separator: '' });
  for (const [file, script] of scripts) {
    const source = new MagicString(script.code);
    source.prepend(`__miniapp.define(${JSON.stringify(script.id)}, function (require, module, exports) {\n`);
    source.append('\n});\n');
    // Transpiled code has other lines than its file: only files kept as written are mapped.
    bundle.addSource(script.verbatim ? { filename: file, content: source } : { content: source });
  }
  for (const code of registrations) bundle.addSource({ content: new MagicString(code) });
  bundle.prepend('// miniapp logic.js (bundle format 1)\n');
  const code = bundle.toString();
  const map = bundle.generateMap({ file: 'logic.js', includeContent: true, hires: 'boundary' }).toString();
  return { code, map };
}
