// Errors in the logic thread name places in logic.js; the bundle's source map takes them back to
// the project's files (TypeScript and ES modules through the compiler's own maps). The map is read
// on the first error only.
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

/** A place in a project file (1-based line and column). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** `logic.js:12:9` (or a chunk, `logic-3.js:4:1`) in a QuickJS stack frame (1-based line and column). */
const FRAME = /(logic(?:-\d+)?\.js):(\d+)(?::(\d+))?/g;

export class LogicSourceMap {
  /** Whether a text names a place in logic.js or a chunk (a stack printed by console.error). */
  static mentions(text: string): boolean {
    FRAME.lastIndex = 0;
    return FRAME.test(text);
  }

  private readonly traces = new Map<string, TraceMap | null>();

  /** The source maps of logic.js and its chunks, by file name. */
  constructor(private readonly texts: Record<string, string>) {}

  private map(file: string): TraceMap | null {
    let trace = this.traces.get(file);
    if (trace === undefined) {
      const text = this.texts[file] ?? '';
      try {
        trace = text === '' ? null : new TraceMap(text);
      } catch {
        trace = null;
      }
      this.traces.set(file, trace);
    }
    return trace;
  }

  /** The project place of a line and column of logic.js (or a chunk), if the map knows it. */
  locate(line: number, column: number, file = 'logic.js'): SourceLocation | undefined {
    const map = this.map(file);
    if (map === null) return undefined;
    const found = originalPositionFor(map, { line, column: Math.max(0, column - 1) });
    if (found.source === null || found.line === null || found.column === null) return undefined;
    return { file: found.source, line: found.line, column: found.column + 1 };
  }

  /** The stack with every logic.js place replaced by the project's, where the map knows it. */
  mapStack(stack: string): string {
    return stack.replace(FRAME, (frame, file: string, line: string, column: string | undefined) => {
      const at = this.locate(Number(line), Number(column ?? 1), file);
      return at === undefined ? frame : `${at.file}:${at.line}:${at.column}`;
    });
  }

  /** The first place in the stack that is in the app's code. */
  firstLocation(stack: string): SourceLocation | undefined {
    for (const match of stack.matchAll(FRAME)) {
      const at = this.locate(Number(match[2]), Number(match[3] ?? 1), match[1]);
      if (at !== undefined) return at;
    }
    return undefined;
  }
}
