// What a mounted template evaluates against: its data root, the component that owns it (whose
// methods handle its events), the component whose template it is (for slots), the file it comes
// from (for named templates), and the scope of wx:for variables and WXS modules.
import type { Binding } from '../../../spec/bundle.js';
import type { ComponentInstance } from '../component/instance.js';
import { reportError } from '../report.js';
import type { ComponentFragment } from './component.js';
import type { ElementFragment } from './element.js';
import type { RuntimeFile } from './files.js';

/** The page or component instance a template belongs to. */
export type Owner = Pick<ComponentInstance, 'is' | 'data'>;

export interface RenderContext {
  /** The object identifiers in expressions read from (the owner's data, or a named template's data). */
  data: Record<string, unknown>;
  owner: ComponentInstance;
  /** The component this template is the template of (null for a page). */
  host: ComponentFragment | null;
  file: RuntimeFile;
}

/** wx:for variables and WXS modules; an inner scope inherits from the outer one. */
export type Scope = Record<string, unknown>;

/**
 * The elements a new node hangs under: in the composed tree the view shows (where tap events
 * bubble), and in the tree of the template it is written in (where a component's events bubble
 * unless they are composed, and where relations are found).
 */
export interface Parents {
  composed: ElementFragment | null;
  shadow: ElementFragment | null;
}

/** Evaluates a binding; an exception is reported and yields undefined, as in WeChat. */
export function evaluate(binding: Binding, ctx: RenderContext, scope: Scope): unknown {
  try {
    return binding.f(ctx.data, scope);
  } catch (error) {
    reportError(error, ctx.owner.__page.is, `a WXML expression in ${ctx.file.path}`);
    return undefined;
  }
}

/** A value as text where no value means nothing (an id, a class, a handler name). */
export function toText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * An interpolation as WeChat renders it, in text and in attributes mixing text and `{{ }}`:
 * undefined is nothing, anything else its string (`null` shows as "null", as in WeChat).
 */
export function interpolated(value: unknown): string {
  return value === undefined ? '' : String(value);
}
