// logic.js and its chunks: every script as a module factory, every WXS module and template as its
// registration, each with a source map back to the project's files (through the compiler's own maps
// for TypeScript and ES modules). What a chunk holds is evaluated only when first needed.
import { magicString, remapping } from '../lazy_packages.js';
import type { CompiledScript } from '../script/compile.js';

export interface LogicScript {
  code: string;
  map: string;
}

/** A WXS module or a template, as its compiler registered it. */
export interface Registration {
  /** The WXS module id or the template path it defines. */
  key: string;
  /** The project file it comes from. */
  file: string;
  code: string;
}

/** Which chunk a piece goes in (by the key it defines and its file), or null for logic.js itself. */
export type ChunkPlan = (key: string, file: string) => string | null;

export interface AssembledLogic {
  main: LogicScript;
  /** The chunks by file name (`logic-1.js`, …), in order. */
  chunks: Map<string, LogicScript>;
  /** The chunk (its index in `chunks`) of every key a chunk defines. */
  chunkOf: Record<string, number>;
}

/**
 * Names a module sees as undefined, as in WeChat's logic layer, which has no browser: code written
 * for both (a UMD bundle passing `window` as its root) reads undefined, not a ReferenceError.
 */
const BROWSER_NAMES = 'window, document, frames, self, location, navigator, localStorage, history, Caches, screen, alert, confirm, prompt, XMLHttpRequest, WebSocket, Reporter, webkit, WeixinJSCore';

type Piece = { kind: 'script'; file: string; script: CompiledScript } | { kind: 'registration'; registration: Registration };

function assemble(pieces: Piece[], name: string): LogicScript {
  const { Bundle: SourceBundle, default: MagicString } = magicString();
  const bundle = new SourceBundle({ separator: '' });
  const compiledMaps = new Map<string, string>();
  for (const piece of pieces) {
    if (piece.kind === 'registration') {
      bundle.addSource({ content: new MagicString(piece.registration.code) });
      continue;
    }
    const { file, script } = piece;
    const source = new MagicString(script.code);
    // The browser's names are parameters of an outer function, so that the module's own top-level
    // `const self = this` still declares its own.
    source.prepend(`__miniapp.define(${JSON.stringify(script.id)}, (function (${BROWSER_NAMES}) { return function (require, module, exports) {\n`);
    source.append(script.aliases === undefined ? '\n}; })());\n' : `\n}; })(), ${JSON.stringify(script.aliases)});\n`);
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
  bundle.prepend(`// miniapp ${name} (bundle format 1)\n`);
  const code = bundle.toString();
  const map = bundle.generateMap({ file: name, includeContent: true, hires: 'boundary' });
  if (compiledMaps.size === 0) return { code, map: map.toString() };
  const composed = remapping()(map.toString(), (file, ctx) => {
    const compiled = ctx.depth === 1 ? compiledMaps.get(file) : undefined;
    if (compiled === undefined) return null;
    // Sources resolve against the importer's folder: the file is its own base name there.
    return { ...(JSON.parse(compiled) as object), sources: [file.slice(file.lastIndexOf('/') + 1)], sourceRoot: '' } as never;
  });
  composed.file = name;
  return { code, map: composed.toString() };
}

/** `scripts` keyed by their file (path from the root); `registrations` (WXS modules, templates); `plan` says what goes in a chunk. */
export function assembleLogic(scripts: Map<string, CompiledScript>, registrations: Registration[], plan: ChunkPlan = () => null, mainName = 'logic.js'): AssembledLogic {
  const groups = new Map<string | null, Piece[]>([[null, []]]);
  const place = (chunk: string | null, piece: Piece) => {
    let group = groups.get(chunk);
    if (group === undefined) groups.set(chunk, (group = []));
    group.push(piece);
  };
  for (const [file, script] of scripts) place(plan(script.id, file), { kind: 'script', file, script });
  for (const registration of registrations) place(plan(registration.key, registration.file), { kind: 'registration', registration });
  const chunks = new Map<string, LogicScript>();
  const chunkOf: Record<string, number> = {};
  for (const [chunk, pieces] of groups) {
    if (chunk === null) continue;
    const name = `logic-${chunks.size + 1}.js`;
    for (const piece of pieces) chunkOf[piece.kind === 'script' ? piece.script.id : piece.registration.key] = chunks.size;
    chunks.set(name, assemble(pieces, name));
  }
  return { main: assemble(groups.get(null)!, mainName), chunks, chunkOf };
}
