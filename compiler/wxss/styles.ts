// The project's view.css: app.wxss, then every component's sheet, then every page's, each
// compiled for its style scope (a sheet is `x.wxss`, or where it is missing the `x.less`/`x.scss`
// an enabled compiler plugin compiles, see preprocess.ts). Each page and component gets a scope name (`s1`, `s2`, …) that
// its classes are prefixed with wherever it is isolated; what the logic thread needs of it goes
// into the manifest (`components[path].style`).
import type { StyleConfig, StyleIsolation } from '../../spec/bundle.js';
import type { Diagnostic } from '../diagnostics.js';
import type { ComponentUnit } from '../project/components.js';
import type { ProjectFiles } from '../project/files.js';
import type { CompilerPlugin } from '../project/project_config.js';
import { compileWxss } from './compile.js';
import { SheetLoader } from './imports.js';
import { sheetOf } from './preprocess.js';
import type { SheetScope } from './selectors.js';

const ISOLATIONS: ReadonlySet<string> = new Set(['isolated', 'apply-shared', 'shared', 'page-isolated', 'page-apply-shared', 'page-shared']);

export interface CompiledStyles {
  css: string;
  /** The style scope of each page and component, by path. */
  configs: Map<string, StyleConfig>;
  diagnostics: Diagnostic[];
}

/** `styleIsolation` from a page's or component's .json, when it says a known one. */
function isolationOf(unit: ComponentUnit): StyleIsolation | undefined {
  const value = unit.json.styleIsolation;
  return typeof value === 'string' && ISOLATIONS.has(value) ? (value as StyleIsolation) : undefined;
}

/** A page's own classes are scoped when it keeps its styles from the components (page-isolated, page-apply-shared). */
function pageScoped(isolation: StyleIsolation | undefined): boolean {
  return isolation === 'page-isolated' || isolation === 'page-apply-shared';
}

/** Compiles every sheet; `plugins` are project.config.json's `useCompilerPlugins`; `onSheet` hears of each sheet as it starts. */
export function compileStyles(files: ProjectFiles, hasApp: boolean, units: Iterable<ComponentUnit>, plugins: ReadonlySet<CompilerPlugin>, onSheet: (file: string) => void = () => {}): CompiledStyles {
  const loader = new SheetLoader(files, plugins);
  const configs = new Map<string, StyleConfig>();
  const ordered = [...units];
  let n = 0;
  for (const unit of ordered) {
    const config: StyleConfig = { scope: `s${++n}` };
    const isolation = isolationOf(unit);
    if (isolation !== undefined) config.isolation = isolation;
    configs.set(unit.path, config);
  }
  const css: string[] = [];
  const sheet = (path: string, scope: SheetScope, config?: StyleConfig) => {
    const file = sheetOf(files, path, plugins);
    if (file === null) return;
    onSheet(file);
    const compiled = compileWxss(loader, file, scope);
    if (compiled.marked && config !== undefined) config.marked = true;
    css.push(compiled.css);
  };
  const pages = ordered.filter((u) => u.kind === 'page');
  if (hasApp) {
    const excludedRoutes = pages.filter((p) => configs.get(p.path)!.isolation?.startsWith('page-')).map((p) => p.path);
    sheet('app', { kind: 'app', excludedRoutes });
  }
  for (const unit of ordered) {
    if (unit.kind !== 'component') continue;
    const config = configs.get(unit.path)!;
    sheet(unit.path, { kind: 'component', scope: config.isolation === 'shared' ? undefined : config.scope, hostScope: config.scope }, config);
  }
  for (const unit of pages) {
    const config = configs.get(unit.path)!;
    sheet(unit.path, { kind: 'page', route: unit.path, scope: pageScoped(config.isolation) ? config.scope : undefined }, config);
  }
  return { css: css.join('\n'), configs, diagnostics: loader.diagnostics };
}
