// `<checkbox>` and `<checkbox-group>`: a tap toggles a checkbox (`value`, `checked`, `disabled`,
// `color`); its group sends `change` with the values of its checked checkboxes, in order. The group
// is the form field (`name`).
import type { JsonValue } from '../../../bridge/protocol.js';
import { bool, Builtin, str, type ComponentHost, type FormField } from './builtin.js';

export const CHECKBOX_CSS = [
  'wx-checkbox{display:inline-block;cursor:pointer;-webkit-tap-highlight-color:transparent}',
  'wx-checkbox[disabled]{cursor:default}',
  'wx-checkbox-group{display:block}',
  '.wx-checkbox-input{position:relative;display:inline-block;box-sizing:border-box;width:24px;height:24px;margin-right:5px;border:1px solid #d1d1d1;border-radius:3px;background:#fff;vertical-align:middle}',
  '.wx-checkbox-input.wx-checkbox-input-checked{color:#07c160}',
  '.wx-checkbox-input.wx-checkbox-input-checked::before{content:"";position:absolute;left:7px;top:2px;width:6px;height:12px;border:solid currentColor;border-width:0 2px 2px 0;transform:rotate(45deg)}',
  '.wx-checkbox-input.wx-checkbox-input-disabled{background:#e1e1e1}',
].join('');

export class CheckboxComponent extends Builtin {
  checked = false;
  private checkedProp: boolean | null = null;
  private readonly input: HTMLElement;

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    this.input = this.make('wx-checkbox-input', 'wx-checkbox-input', element, element.firstChild);
  }

  get value(): string {
    return str(this.prop('value'));
  }

  override update(): void {
    const prop = bool(this.prop('checked'));
    if (prop !== this.checkedProp) {
      this.checkedProp = prop;
      this.checked = prop;
    }
    this.render();
  }

  render(): void {
    const disabled = bool(this.prop('disabled'));
    this.input.className = `wx-checkbox-input${this.checked ? ' wx-checkbox-input-checked' : ''}${disabled ? ' wx-checkbox-input-disabled' : ''}`;
    const color = str(this.prop('color'));
    this.input.style.color = this.checked && color !== '' ? color : '';
    this.element.setAttribute('aria-checked', String(this.checked));
  }

  override activate(): boolean {
    if (bool(this.prop('disabled'))) return true;
    this.checked = !this.checked;
    this.render();
    const group = this.element.closest('wx-checkbox-group');
    if (group !== null) (this.host.builtinOf(group) as CheckboxGroupComponent | undefined)?.changed();
    return true;
  }

  /** Back to the logic thread's `checked`. */
  reset(): void {
    this.checked = bool(this.prop('checked'));
    this.render();
  }
}

export class CheckboxGroupComponent extends Builtin implements FormField {
  private checkboxes(): CheckboxComponent[] {
    const out: CheckboxComponent[] = [];
    for (const element of Array.from(this.element.querySelectorAll('wx-checkbox'))) {
      if (element.closest('wx-checkbox-group') !== this.element) continue;
      const builtin = this.host.builtinOf(element);
      if (builtin instanceof CheckboxComponent) out.push(builtin);
    }
    return out;
  }

  /** A checkbox of the group was toggled. */
  changed(): void {
    this.emit('change', { value: this.fieldValue() });
  }

  fieldName(): string {
    return str(this.prop('name'));
  }

  fieldValue(): JsonValue {
    return this.checkboxes()
      .filter((c) => c.checked)
      .map((c) => c.value);
  }

  resetField(): void {
    for (const checkbox of this.checkboxes()) checkbox.reset();
  }
}
