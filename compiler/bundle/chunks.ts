// What goes in which chunk of logic.js. With `lazyCodeLoading: "requiredComponents"`, only app.js
// is in logic.js: each page and component (its script, template and inline WXS) is a chunk of its
// own, and so is every other file (a module, a WXS file, an imported template): the runtime
// evaluates what the page being opened needs. Without it, each subpackage is one chunk, evaluated
// when one of its pages opens (or its preloadRule says so), and everything else is in logic.js.
import type { ChunkPlan } from './logic.js';

export interface ChunkOptions {
  lazy: boolean;
  subpackages: { root: string }[];
  /** The pages' and components' paths (without extension). */
  units: ReadonlySet<string>;
}

const APP_SCRIPT = /^app\.(js|ts)$/;

export function chunkPlan(options: ChunkOptions): ChunkPlan {
  return (key, file) => {
    if (APP_SCRIPT.test(file)) return null;
    if (options.lazy) {
      const unit = file.replace(/\.(js|ts|wxml)$/, '');
      return options.units.has(unit) ? `unit:${unit}` : `file:${file}`;
    }
    const sub = options.subpackages.find((p) => file.startsWith(`${p.root}/`));
    return sub === undefined ? null : `package:${sub.root}`;
  };
}
