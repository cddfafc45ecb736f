// The part of the `less` package (which ships no types) that compiler/wxss/preprocess.ts uses.
declare module 'less' {
  /** A file less resolved and read: its text and the name it goes by in errors and source maps. */
  export interface LoadedFile {
    contents: string;
    filename: string;
  }

  /** What an @import does not find or a syntax error is (line 1-based, column 0-based). */
  export interface LessError {
    message?: string;
    type?: string;
    filename?: string;
    line?: number | null;
    column?: number | null;
  }

  interface PluginManager {
    addFileManager(manager: AbstractFileManager): void;
  }

  class AbstractFileManager {
    supports(filename: string, currentDirectory: string): boolean;
    supportsSync(filename: string, currentDirectory: string): boolean;
    loadFileSync(filename: string, currentDirectory: string): LoadedFile | LessError;
  }

  interface RenderOptions {
    filename: string;
    syncImport: true;
    sourceMap: { outputSourceFiles?: boolean; sourceMapBasepath?: string };
    plugins: { install(less: unknown, pluginManager: PluginManager): void }[];
  }

  interface RenderOutput {
    css: string;
    /** The source map, as JSON (none when the output is empty). */
    map?: string;
  }

  const less: {
    AbstractFileManager: typeof AbstractFileManager;
    render(input: string, options: RenderOptions, callback: (error: LessError | null, output?: RenderOutput) => void): void;
  };
  export default less;
}
