// What a mounted template evaluates against: its data root, the component that owns it (whose
// methods handle its events), and the scope of wx:for variables.
import type { Binding } from '../../../spec/bundle.js';
import { reportError } from '../report.js';

/** The page or component instance a template belongs to. */
export interface Owner {
  /** The page route or component path, for error reports and warnings. */
  is: string;
  data: Record<string, unknown>;
}

export interface RenderContext {
  /** The object identifiers in expressions read from. */
  data: Record<string, unknown>;
  owner: Owner;
}

/** wx:for variables; an inner loop's scope inherits from the outer one's. */
export type Scope = Record<string, unknown>;

/** Evaluates a binding; an exception is reported and yields undefined, as in WeChat. */
export function evaluate(binding: Binding, ctx: RenderContext, scope: Scope): unknown {
  try {
    return binding.f(ctx.data, scope);
  } catch (error) {
    reportError(error, ctx.owner.is, 'a WXML expression');
    return undefined;
  }
}

/** An interpolation as text: undefined and null render as nothing. */
export function toText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
