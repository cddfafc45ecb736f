// `<switch>`: `checked`, `disabled`, `type` (switch or checkbox), `color`; a tap toggles it and
// sends `change` with `{ value }`. A form field.
import type { JsonValue } from '../../../bridge/protocol.js';
import { bool, Builtin, str, type ComponentHost, type FormField } from './builtin.js';

export const SWITCH_CSS = [
  'wx-switch{display:inline-block;vertical-align:middle;cursor:pointer;-webkit-tap-highlight-color:transparent}',
  'wx-switch[disabled]{opacity:.7;cursor:default}',
  '.wx-switch-input{position:relative;display:inline-block;box-sizing:border-box;width:52px;height:32px;border:2px solid #dfdfdf;border-radius:16px;background:#dfdfdf;vertical-align:middle;transition:background-color .1s,border-color .1s}',
  '.wx-switch-input::before{content:"";position:absolute;top:0;left:0;width:48px;height:28px;border-radius:15px;background:#fdfdfd;transition:transform .3s}',
  '.wx-switch-input::after{content:"";position:absolute;top:0;left:0;width:28px;height:28px;border-radius:15px;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.4);transition:transform .3s}',
  '.wx-switch-input.wx-switch-input-checked{border-color:#07c160;background:#07c160}',
  '.wx-switch-input.wx-switch-input-checked::before{transform:scale(0)}',
  '.wx-switch-input.wx-switch-input-checked::after{transform:translateX(20px)}',
  '.wx-checkbox-input.wx-switch-checkbox{margin-right:0}',
].join('');

export class SwitchComponent extends Builtin implements FormField {
  private checked = false;
  /** The `checked` the logic thread set last, which a change of it brings back. */
  private checkedProp: boolean | null = null;
  private readonly input: HTMLElement;

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    this.input = this.make('wx-switch-input', 'wx-switch-input', element);
  }

  override update(): void {
    const prop = bool(this.prop('checked'));
    if (prop !== this.checkedProp) {
      this.checkedProp = prop;
      this.checked = prop;
    }
    this.render();
  }

  private render(): void {
    const checkbox = str(this.prop('type')) === 'checkbox';
    const color = str(this.prop('color'), checkbox ? '#07c160' : '#04BE02');
    if (checkbox) {
      this.input.className = `wx-checkbox-input wx-switch-checkbox${this.checked ? ' wx-checkbox-input-checked' : ''}`;
      this.input.style.cssText = this.checked ? `color:${color}` : '';
    } else {
      this.input.className = `wx-switch-input${this.checked ? ' wx-switch-input-checked' : ''}`;
      this.input.style.cssText = this.checked ? `border-color:${color};background-color:${color}` : '';
    }
    this.element.setAttribute('aria-checked', String(this.checked));
  }

  override activate(): boolean {
    if (bool(this.prop('disabled'))) return true;
    this.checked = !this.checked;
    this.render();
    this.emit('change', { value: this.checked });
    return true;
  }

  fieldName(): string {
    return str(this.prop('name'));
  }

  fieldValue(): JsonValue {
    return this.checked;
  }

  resetField(): void {
    this.checked = bool(this.prop('checked'));
    this.render();
  }
}
