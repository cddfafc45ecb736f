// `<radio>` and `<radio-group>`: a tap checks a radio (`value`, `checked`, `disabled`, `color`) and
// unchecks the others of its group, which sends `change` with the radio's value. The group is the
// form field (`name`).
import type { JsonValue } from '../../../bridge/protocol.js';
import { bool, Builtin, str, type ComponentHost, type FormField } from './builtin.js';

export const RADIO_CSS = [
  'wx-radio{display:inline-block;cursor:pointer;-webkit-tap-highlight-color:transparent}',
  'wx-radio[disabled]{cursor:default}',
  'wx-radio-group{display:block}',
  '.wx-radio-input{position:relative;display:inline-block;box-sizing:border-box;width:24px;height:24px;margin-right:5px;border:1px solid #d1d1d1;border-radius:50%;background:#fff;vertical-align:middle}',
  '.wx-radio-input.wx-radio-input-checked{border-color:#07c160;background:#07c160;color:#fff}',
  '.wx-radio-input.wx-radio-input-checked::before{content:"";position:absolute;left:7px;top:3px;width:6px;height:11px;border:solid currentColor;border-width:0 2px 2px 0;transform:rotate(45deg)}',
  '.wx-radio-input.wx-radio-input-disabled{background:#e1e1e1;border-color:#d1d1d1}',
].join('');

export class RadioComponent extends Builtin {
  checked = false;
  private checkedProp: boolean | null = null;
  private readonly input: HTMLElement;

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    this.input = this.make('wx-radio-input', 'wx-radio-input', element, element.firstChild);
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
    this.input.className = `wx-radio-input${this.checked ? ' wx-radio-input-checked' : ''}${disabled ? ' wx-radio-input-disabled' : ''}`;
    const color = str(this.prop('color'));
    this.input.style.cssText = this.checked && color !== '' ? `background-color:${color};border-color:${color}` : '';
    this.element.setAttribute('aria-checked', String(this.checked));
  }

  override activate(): boolean {
    if (bool(this.prop('disabled')) || this.checked) return true;
    this.checked = true;
    this.render();
    const group = this.element.closest('wx-radio-group');
    if (group !== null) (this.host.builtinOf(group) as RadioGroupComponent | undefined)?.checkedOne(this);
    return true;
  }

  /** Unchecked because another radio of the group was checked. */
  uncheck(): void {
    this.checked = false;
    this.render();
  }

  reset(): void {
    this.checked = bool(this.prop('checked'));
    this.render();
  }
}

export class RadioGroupComponent extends Builtin implements FormField {
  private radios(): RadioComponent[] {
    const out: RadioComponent[] = [];
    for (const element of Array.from(this.element.querySelectorAll('wx-radio'))) {
      if (element.closest('wx-radio-group') !== this.element) continue;
      const builtin = this.host.builtinOf(element);
      if (builtin instanceof RadioComponent) out.push(builtin);
    }
    return out;
  }

  /** `radio` was checked: the others are unchecked and the group tells. */
  checkedOne(radio: RadioComponent): void {
    for (const other of this.radios()) if (other !== radio && other.checked) other.uncheck();
    this.emit('change', { value: radio.value });
  }

  fieldName(): string {
    return str(this.prop('name'));
  }

  fieldValue(): JsonValue {
    return this.radios().find((r) => r.checked)?.value ?? '';
  }

  resetField(): void {
    for (const radio of this.radios()) radio.reset();
  }
}
