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

/** `logic.js:12:9` in a QuickJS stack frame (1-based line and column). */
const FRAME = /logic\.js:(\d+)(?::(\d+))?/g;

export class LogicSourceMap {
  private trace: TraceMap | null | undefined;

  constructor(private readonly text: string) {}

  private map(): TraceMap | null {
    if (this.trace === undefined) {
      try {
        this.trace = this.text === '' ? null : new TraceMap(this.text);
      } catch {
        this.trace = null;
      }
    }
    return this.trace;
  }

  /** The project place of a line and column of logic.js, if the map knows it. */
  locate(line: number, column: number): SourceLocation | undefined {
    const map = this.map();
    if (map === null) return undefined;
    const found = originalPositionFor(map, { line, column: Math.max(0, column - 1) });
    if (found.source === null || found.line === null || found.column === null) return undefined;
    return { file: found.source, line: found.line, column: found.column + 1 };
  }

  /** The stack with every logic.js place replaced by the project's, where the map knows it. */
  mapStack(stack: string): string {
    return stack.replace(FRAME, (frame, line: string, column: string | undefined) => {
      const at = this.locate(Number(line), Number(column ?? 1));
      return at === undefined ? frame : `${at.file}:${at.line}:${at.column}`;
    });
  }

  /** The first place in the stack that is in the app's code. */
  firstLocation(stack: string): SourceLocation | undefined {
    for (const match of stack.matchAll(FRAME)) {
      const at = this.locate(Number(match[1]), Number(match[2] ?? 1));
      if (at !== undefined) return at;
    }
    return undefined;
  }
}
