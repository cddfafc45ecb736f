// `<form>`: a submit button inside it sends `submit` with the value of every named form control
// (switch, input, textarea, checkbox-group, radio-group, slider, picker, picker-view); a reset
// button puts them back to the values the logic thread set and sends `reset`. The view sends the
// controls by node: the logic thread leaves out those inside custom components that do not let the
// form see in (`wx://form-field-group`), adds custom components that are form fields
// (`wx://form-field`) and gives the handlers WeChat's `{ value, formId }`.
import type { JsonValue } from '../../../bridge/protocol.js';
import { Builtin, isFormField } from './builtin.js';

export const FORM_CSS = 'wx-form{display:block}';

export class FormComponent extends Builtin {
  /** Collects the named controls and sends `submit`; `button` is the submit button. */
  submit(button: Element): void {
    const fields: JsonValue[] = [];
    for (const element of Array.from(this.element.querySelectorAll('*'))) {
      const builtin = this.host.builtinOf(element);
      if (!isFormField(builtin)) continue;
      const name = builtin.fieldName();
      const node = this.host.idOf(element);
      if (name === '' || node === undefined) continue;
      fields.push([node, name, builtin.fieldValue()]);
    }
    this.emit('submit', { fields, button: this.host.idOf(button) ?? 0 });
  }

  /** Resets every control and sends `reset`. */
  reset(): void {
    for (const element of Array.from(this.element.querySelectorAll('*'))) {
      const builtin = this.host.builtinOf(element);
      if (isFormField(builtin)) builtin.resetField();
    }
    this.emit('reset', {});
  }
}
