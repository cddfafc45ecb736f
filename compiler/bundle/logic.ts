// logic.js: every script as a module factory, then every WXS module and template, with a source map
// back to the project's files (through the compiler's own maps for TypeScript and ES modules).
import remapping from '@jridgewell/remapping';
import MagicString, { Bundle as SourceBundle } from 'magic-string';
import type { CompiledScript } from '../script/compile.js';

export interface LogicScript {
  code: string;
  map: string;
}

/** `scripts` keyed by their file (path from the root); `registrations` (WXS modules, templates) as their compilers wrote them. */
export function assembleLogic(scripts: Map<string, CompiledScript>, registrations: string[]): LogicScript {
  const bundle = new SourceBundle({ separator: '' });
  const compiledMaps = new Map<string, string>();
  for (const [file, script] of scripts) {
    const source = new MagicString(script.code);
    source.prepend(`__miniapp.define(${JSON.stringify(script.id)}, function (require, module, exports) {\n`);
    source.append(script.aliases === undefined ? '\n});\n' : `\n}, ${JSON.stringify(script.aliases)});\n`);
    if (script.verbatim) {
      bundle.addSource({ filename: file, content: source });
    } else if (script.map !== undefined) {
      // Mapped to the compiled code first, then through the compiler's map to the file as written.
      bundle.addSource({ filename: file, content: source });
      compiledMaps.set(file, script.map);
    } else {
      bundle.addSource({ content: source });
    }
  }
  for (const code of registrations) bundle.addSource({ content: new MagicString(code) });
  bundle.prepend('// miniapp logic.js (bundle format 1)\n');
  const code = bundle.toString();
  const map = bundle.generateMap({ file: 'logic.js', includeContent: true, hires: 'boundary' });
  if (compiledMaps.size === 0) return { code, map: map.toString() };
  const composed = remapping(map.toString(), (file, ctx) => {
    const compiled = ctx.depth === 1 ? compiledMaps.get(file) : undefined;
    if (compiled === undefined) return null;
    // Sources resolve against the importer's folder: the file is its own base name there.
    return { ...(JSON.parse(compiled) as object), sources: [file.slice(file.lastIndexOf('/') + 1)], sourceRoot: '' } as never;
  });
  composed.file = 'logic.js';
  return { code, map: composed.toString() };
}
