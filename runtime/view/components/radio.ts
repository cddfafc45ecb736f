// `<radio>` and `<radio-group>`: a tap checks a radio (`value`, `checked`, `disabled`, `color`) and
// unchecks the others of its group, which sends `change` with the radio's value. The group is the
// form field (`name`).
import type { JsonValue } from '../../../bridge/protocol.js';
import { bool, type Builtin, type ComponentHost } from './builtin.js';
import { ChoiceComponent, ChoiceGroupComponent } from './choice.js';

export const RADIO_CSS = [
  'wx-radio{display:inline-block;cursor:pointer;-webkit-tap-highlight-color:transparent}',
  'wx-radio[disabled]{cursor:default}',
  'wx-radio-group{display:block}',
  '.wx-radio-input{position:relative;display:inline-block;box-sizing:border-box;width:24px;height:24px;margin-right:5px;border:1px solid #d1d1d1;border-radius:50%;background:#fff;vertical-align:middle}',
  '.wx-radio-input.wx-radio-input-checked{border-color:#07c160;background:#07c160;color:#fff}',
  '.wx-radio-input.wx-radio-input-checked::before{content:"";position:absolute;left:7px;top:3px;width:6px;height:11px;border:solid currentColor;border-width:0 2px 2px 0;transform:rotate(45deg)}',
  '.wx-radio-input.wx-radio-input-disabled{background:#e1e1e1;border-color:#d1d1d1}',
].join('');

export class RadioComponent extends ChoiceComponent {
  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host, 'wx-radio');
  }

  protected paint(color: string): void {
    this.input.style.cssText = color === '' ? '' : `background-color:${color};border-color:${color}`;
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
}

export class RadioGroupComponent extends ChoiceGroupComponent<RadioComponent> {
  protected readonly itemTag = 'wx-radio';

  protected isItem(builtin: Builtin | undefined): builtin is RadioComponent {
    return builtin instanceof RadioComponent;
  }

  /** `radio` was checked: the others are unchecked and the group tells. */
  checkedOne(radio: RadioComponent): void {
    for (const other of this.items()) if (other !== radio && other.checked) other.uncheck();
    this.emit('change', { value: radio.value });
  }

  fieldValue(): JsonValue {
    return this.items().find((r) => r.checked)?.value ?? '';
  }
}
