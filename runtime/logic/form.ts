// A `<form>`'s submit, as WeChat defines which fields it sees: the view sends every named built-in
// control under the form, by node, with its value, and the submit button; here the controls inside a
// custom component count only when the component has `wx://form-field-group`, a button inside one
// submits only when it has `wx://form-field-button`, and custom components with `wx://form-field`
// add their `name` and `value`. Handlers get `{ value: { name: value }, formId: '' }`.
import { FORM_FIELD, FORM_FIELD_BUTTON, FORM_FIELD_GROUP, type BehaviorDefinition } from './component/behavior.js';
import type { ComponentInstance } from './component/instance.js';
import { copyData } from './data_path.js';
import type { ElementFragment } from './template/element.js';
import { elementById } from './template/elements.js';
import { elementsOf } from './template/walk.js';

/** Whether the form (written in `formOwner`'s template) sees into the templates between `owner` and it: each must have `behavior`. */
function reaches(owner: ComponentInstance, formOwner: ComponentInstance, behavior: BehaviorDefinition): boolean {
  for (let inst: ComponentInstance | null = owner; inst !== null && inst !== formOwner; inst = inst.__host?.ownerInstance ?? null) {
    if (!inst.__def.behaviors.has(behavior)) return false;
  }
  return true;
}

/** The submit event's detail, or null when the button that sent it may not submit this form. */
export function submitDetail(form: ElementFragment, collected: unknown): { value: Record<string, unknown>; formId: string } | null {
  const { fields, button } = (collected ?? {}) as { fields?: unknown; button?: unknown };
  const formOwner = form.ctx.owner;
  const submitter = typeof button === 'number' ? elementById(button) : undefined;
  if (submitter !== undefined && !reaches(submitter.ctx.owner, formOwner, FORM_FIELD_BUTTON)) return null;
  const value: Record<string, unknown> = {};
  if (Array.isArray(fields)) {
    for (const field of fields) {
      if (!Array.isArray(field) || typeof field[0] !== 'number' || typeof field[1] !== 'string') continue;
      const element = elementById(field[0]);
      if (element !== undefined && reaches(element.ctx.owner, formOwner, FORM_FIELD_GROUP)) value[field[1]] = field[2];
    }
  }
  for (const element of elementsOf(form.frags, true)) {
    const inst = element.component?.instance;
    if (inst === undefined || !inst.__def.behaviors.has(FORM_FIELD) || !reaches(element.ctx.owner, formOwner, FORM_FIELD_GROUP)) continue;
    const name = inst.data.name;
    if (typeof name === 'string' && name !== '') value[name] = copyData(inst.data.value);
  }
  return { value, formId: '' };
}
