// `<checkbox>` and `<checkbox-group>`: a tap toggles a checkbox (`value`, `checked`, `disabled`,
// `color`); its group sends `change` with the values of its checked checkboxes, in order. The group
// is the form field (`name`).
import type { JsonValue } from '../../../bridge/protocol.js';
import { bool, type Builtin, type ComponentHost } from './builtin.js';
import { ChoiceComponent, ChoiceGroupComponent } from './choice.js';

export const CHECKBOX_CSS = [
  'wx-checkbox{display:inline-block;cursor:pointer;-webkit-tap-highlight-color:transparent}',
  'wx-checkbox[disabled]{cursor:default}',
  'wx-checkbox-group{display:block}',
  '.wx-checkbox-input{position:relative;display:inline-block;box-sizing:border-box;width:24px;height:24px;margin-right:5px;border:1px solid #d1d1d1;border-radius:3px;background:#fff;vertical-align:middle}',
  '.wx-checkbox-input.wx-checkbox-input-checked{color:#07c160}',
  '.wx-checkbox-input.wx-checkbox-input-checked::before{content:"";position:absolute;left:7px;top:2px;width:6px;height:12px;border:solid currentColor;border-width:0 2px 2px 0;transform:rotate(45deg)}',
  '.wx-checkbox-input.wx-checkbox-input-disabled{background:#e1e1e1}',
].join('');

export class CheckboxComponent extends ChoiceComponent {
  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host, 'wx-checkbox');
  }

  protected paint(color: string): void {
    this.input.style.color = color;
  }

  override activate(): boolean {
    if (bool(this.prop('disabled'))) return true;
    this.checked = !this.checked;
    this.render();
    const group = this.element.closest('wx-checkbox-group');
    if (group !== null) (this.host.builtinOf(group) as CheckboxGroupComponent | undefined)?.changed();
    return true;
  }
}

export class CheckboxGroupComponent extends ChoiceGroupComponent<CheckboxComponent> {
  protected readonly itemTag = 'wx-checkbox';

  protected isItem(builtin: Builtin | undefined): builtin is CheckboxComponent {
    return builtin instanceof CheckboxComponent;
  }

  /** A checkbox of the group was toggled. */
  changed(): void {
    this.emit('change', { value: this.fieldValue() });
  }

  fieldValue(): JsonValue {
    return this.items()
      .filter((c) => c.checked)
      .map((c) => c.value);
  }
}
