// Class names as the DOM shows them, for WeChat's style isolation (the compiler scopes the sheets
// the same way: compiler/wxss/selectors.ts). A page's or component's class `x` is written
// `<scope>--x` where its own sheet must reach it alone, `x` where page and app sheets reach it,
// or both. An external class (`externalClasses`) is replaced by the classes its user gave, in the
// user's scope; `~x` is `x` in the page's scope and `^x` in the scope of the component's user.
import type { StyleIsolation } from '../../../spec/bundle.js';
import { configOf } from './registry.js';
import type { ComponentDefinition } from './definition.js';
import type { ComponentInstance } from './instance.js';

/** How one page's or component's class names are written. */
export interface StyleMode {
  /** Scope name (`s3`); '' when it has none. */
  scope: string;
  /** Classes are written `<scope>--x` (its own sheet is scoped). */
  prefixed: boolean;
  /** Classes are also written as they are (page and app sheets reach them). */
  plain: boolean;
  /** A class every node of its template carries (its sheet confines rules to them), or ''. */
  marker: string;
  /**
   * DOM forms already made of class lists that name no external class and no `~`/`^` class (they
   * depend on the mode alone), by the list as written; lists with the marker under a leading `+`.
   */
  readonly made: Map<string, string>;
}

/** Class lists a mode remembers the DOM form of: a list's first render makes it, the list's next items read it. */
const MADE_MAX = 512;

const PLAIN: StyleMode = { scope: '', prefixed: false, plain: true, marker: '', made: new Map() };

const COMPONENT_ISOLATIONS: ReadonlySet<string> = new Set(['isolated', 'apply-shared', 'shared']);
const PAGE_ISOLATIONS: ReadonlySet<string> = new Set(['page-isolated', 'page-apply-shared', 'page-shared', 'shared']);

/**
 * The isolation in force: the .json's, else (for a component) the script's `options`
 * (styleIsolation, then addGlobalClass), else the default. A page's comes from its .json only: its
 * sheet was compiled for it.
 */
function isolationOf(def: ComponentDefinition, isPage: boolean): StyleIsolation {
  const declared = configOf(def.is).style?.isolation;
  if (isPage) return declared !== undefined && PAGE_ISOLATIONS.has(declared) ? declared : 'shared';
  if (declared !== undefined && COMPONENT_ISOLATIONS.has(declared)) return declared;
  const option = def.options.styleIsolation;
  if (COMPONENT_ISOLATIONS.has(option)) return option as StyleIsolation;
  return def.options.addGlobalClass ? 'apply-shared' : 'isolated';
}


function computeMode(def: ComponentDefinition, isPage: boolean): StyleMode {
  const style = configOf(def.is).style;
  if (style === undefined) return PLAIN;
  const isolation = isolationOf(def, isPage);
  const marker = style.marked === true && !isPage ? style.scope : '';
  switch (isolation) {
    case 'isolated':
    case 'page-isolated':
      return { scope: style.scope, prefixed: true, plain: false, marker, made: new Map() };
    case 'apply-shared':
    case 'page-apply-shared':
      return { scope: style.scope, prefixed: true, plain: true, marker, made: new Map() };
    default:
      // `shared`: the sheet was compiled global when the .json said so; said only by the script,
      // the sheet is scoped and the classes are written both ways (it acts as apply-shared).
      return { scope: style.scope, prefixed: !isPage && style.isolation !== 'shared', plain: true, marker, made: new Map() };
  }
}

/** Modes by definition, as a component's and as a page's: every instance of a definition shares one (and what it made). */
const componentModes = new Map<ComponentDefinition, StyleMode>();
const pageModes = new Map<ComponentDefinition, StyleMode>();

/** How the classes of `owner`'s template are written. */
export function styleMode(owner: ComponentInstance): StyleMode {
  const known = owner.__style;
  if (known !== null) return known;
  const isPage = owner.__page === owner;
  const modes = isPage ? pageModes : componentModes;
  let mode = modes.get(owner.__def);
  if (mode === undefined) modes.set(owner.__def, (mode = computeMode(owner.__def, isPage)));
  owner.__style = mode;
  return mode;
}

/** What a component's node knows of the external classes its user gave it. */
export interface ExternalClassSource {
  /** The instance whose template uses the component. */
  readonly ownerInstance: ComponentInstance;
  /** The value given for external class `name` (undefined when none was). */
  externalClass(name: string): string | undefined;
}

function pushToken(token: string, mode: StyleMode, out: string[]): void {
  if (mode.prefixed) out.push(`${mode.scope}--${token}`);
  if (mode.plain) out.push(token);
}

/** Resolves class tokens written in `owner`'s template; `depth` guards a chain of external classes. */
function resolveInto(tokens: string[], owner: ComponentInstance, out: string[], depth: number): void {
  const mode = styleMode(owner);
  const externals = owner.__def.externalClasses;
  const host = owner.__host as unknown as ExternalClassSource | null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === '') continue;
    if (token.startsWith('~')) {
      pushToken(token.slice(1), styleMode(owner.__page), out);
    } else if (token.startsWith('^')) {
      if (host !== null && depth < 16) resolveInto([token.slice(1)], host.ownerInstance, out, depth + 1);
    } else if (host !== null && externals.length > 0 && externals.includes(token)) {
      const given = host.externalClass(token);
      if (given !== undefined && depth < 16) resolveInto(given.split(/\s+/), host.ownerInstance, out, depth + 1);
    } else {
      pushToken(token, mode, out);
    }
  }
}

/**
 * The DOM form of a class list written in `owner`'s template (`marker`: add the owner's marker
 * class), or null when it is the same as written.
 */
export function scopedClasses(value: string, owner: ComponentInstance, marker: boolean): string | null {
  const mode = styleMode(owner);
  const withMarker = marker && mode.marker !== '';
  const own = owner.__def.externalClasses.length === 0 && value.indexOf('~') < 0 && value.indexOf('^') < 0;
  if (own && !mode.prefixed && !withMarker) return null;
  const key = withMarker ? `+${value}` : value;
  if (own) {
    const made = mode.made.get(key);
    if (made !== undefined) return made;
  }
  const out: string[] = [];
  resolveInto(value.split(/\s+/), owner, out, 0);
  if (withMarker) out.push(mode.marker);
  const scoped = out.join(' ');
  if (own) {
    if (mode.made.size >= MADE_MAX) mode.made.clear();
    mode.made.set(key, scoped);
  }
  return scoped;
}
