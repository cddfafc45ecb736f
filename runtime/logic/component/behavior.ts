// Behavior(): reusable pieces of a component definition, and the built-in behaviors.
import { logicConsole } from '../console.js';

/** What Behavior() returns: the definition it was given, and nested behaviors resolved later. */
export class BehaviorDefinition {
  constructor(
    /** The options passed to Behavior(). */
    readonly options: Record<string, unknown>,
    /** A name for messages (the built-in behavior's name, or the file that defined it). */
    readonly name: string,
  ) {}
}

let definingFile = '';

/** Names the module being evaluated, for messages about the behaviors it defines. */
export function setBehaviorFile(file: string): string {
  const outer = definingFile;
  definingFile = file;
  return outer;
}

/** `Behavior(options)`. */
export function Behavior(options: unknown): BehaviorDefinition {
  if (options === null || typeof options !== 'object') throw new TypeError('Behavior(): options must be an object');
  return new BehaviorDefinition(options as Record<string, unknown>, definingFile);
}

/** `wx://form-field`: a form field with `name` and `value`, collected by <form>. */
export const FORM_FIELD = new BehaviorDefinition({ properties: { name: { type: String, value: '' }, value: { type: null } } }, 'wx://form-field');
/** `wx://form-field-group`: the <form> it is in sees the form controls inside it. */
export const FORM_FIELD_GROUP = new BehaviorDefinition({}, 'wx://form-field-group');
/** `wx://form-field-button`: a button that submits or resets the <form> it is in. */
export const FORM_FIELD_BUTTON = new BehaviorDefinition({}, 'wx://form-field-button');
/** `wx://component-export`: the component's `export()` decides what selectComponent returns. */
export const COMPONENT_EXPORT = new BehaviorDefinition({}, 'wx://component-export');

const BUILTIN: Record<string, BehaviorDefinition> = {
  'wx://form-field': FORM_FIELD,
  'wx://form-field-group': FORM_FIELD_GROUP,
  'wx://form-field-button': FORM_FIELD_BUTTON,
  'wx://component-export': COMPONENT_EXPORT,
};

/** A `behaviors` entry: a Behavior() result or a built-in behavior's name. Null (with a warning) otherwise. */
export function resolveBehavior(entry: unknown, owner: string): BehaviorDefinition | null {
  if (entry instanceof BehaviorDefinition) return entry;
  if (typeof entry === 'string' && entry in BUILTIN) return BUILTIN[entry];
  logicConsole.warn(`${owner}: behaviors must be made with Behavior() or be a built-in one (wx://…), not ${JSON.stringify(entry) ?? String(entry)}; it is ignored.`);
  return null;
}
