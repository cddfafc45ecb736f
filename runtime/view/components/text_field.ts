// What `<input>` and `<textarea>` share: a native control inside the element, `value` from the
// logic thread (a value the user changed stays until the logic thread sets another), `placeholder`
// with `placeholder-class` and `placeholder-style`, `disabled`, `maxlength` (140 by default, -1:
// none), `focus`, `cursor`, `selection-start`/`selection-end`, and the events `input`
// (`{ value, cursor, keyCode }`), `focus` (`{ value, height }`), `blur` (`{ value, cursor }`) and
// `confirm` (`{ value }`). A form field.
import type { JsonValue } from '../../../bridge/protocol.js';
import { bool, Builtin, num, str, type ComponentHost, type FormField } from './builtin.js';

export const TEXT_FIELD_CSS = [
  '.wx-text-field-control{display:block;box-sizing:border-box;width:100%;height:100%;margin:0;padding:0;border:0;outline:0;background:transparent;font:inherit;color:inherit;text-align:inherit;resize:none}',
  '.wx-text-field-placeholder{display:block;position:absolute;left:0;top:0;right:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;pointer-events:none}',
  '.input-placeholder,.textarea-placeholder{color:#808080}',
].join('');

export abstract class TextField extends Builtin implements FormField {
  protected readonly control: HTMLInputElement | HTMLTextAreaElement;
  private readonly placeholder: HTMLElement;
  /** The `value` the logic thread set last. */
  private valueProp: string | null = null;
  private focusProp = false;
  private keyCode = 0;

  constructor(
    element: HTMLElement,
    host: ComponentHost,
    tag: 'input' | 'textarea',
    /** The default `placeholder-class`. */
    private readonly placeholderClass: string,
  ) {
    super(element, host);
    this.placeholder = this.make('wx-text-field-placeholder', `wx-text-field-placeholder ${placeholderClass}`, element);
    this.control = this.make(tag, 'wx-text-field-control', element) as HTMLInputElement | HTMLTextAreaElement;
    this.control.addEventListener('input', () => this.onInput());
    this.control.addEventListener('focus', () => this.emit('focus', { value: this.control.value, height: 0 }));
    this.control.addEventListener('blur', () => this.emit('blur', { value: this.control.value, cursor: this.control.selectionEnd ?? this.control.value.length }));
    this.control.addEventListener('keydown', (e) => this.onKeyDown(e as KeyboardEvent));
  }

  /** Characters the control accepts (its `type`); all by default. */
  protected accept(value: string): string {
    return value;
  }

  override update(): void {
    const control = this.control;
    const value = str(this.prop('value'));
    if (value !== this.valueProp) {
      this.valueProp = value;
      if (control.value !== value) control.value = this.limit(value);
    }
    control.disabled = bool(this.prop('disabled'));
    const max = num(this.prop('maxlength'), 140);
    if (max >= 0) control.maxLength = max;
    else control.removeAttribute('maxlength');
    this.placeholder.textContent = str(this.prop('placeholder'));
    this.placeholder.className = `wx-text-field-placeholder ${str(this.prop('placeholder-class'), this.placeholderClass)}`;
    this.placeholder.setAttribute('style', str(this.prop('placeholder-style')));
    this.showPlaceholder();
    const focus = bool(this.prop('focus')) || bool(this.prop('auto-focus'));
    if (focus && !this.focusProp) this.host.later(() => this.control.focus(), 0);
    else if (!focus && this.focusProp && this.host.document.activeElement === control) control.blur();
    this.focusProp = focus;
    const start = num(this.prop('selection-start'), -1);
    const end = num(this.prop('selection-end'), -1);
    const cursor = num(this.prop('cursor'), -1);
    if (start >= 0 && end >= 0) control.setSelectionRange(start, end);
    else if (cursor >= 0) control.setSelectionRange(cursor, cursor);
  }

  private limit(value: string): string {
    const max = num(this.prop('maxlength'), 140);
    return max >= 0 ? value.slice(0, max) : value;
  }

  private showPlaceholder(): void {
    this.placeholder.style.display = this.control.value === '' ? '' : 'none';
  }

  private onInput(): void {
    const control = this.control;
    const accepted = this.limit(this.accept(control.value));
    if (accepted !== control.value) control.value = accepted;
    this.showPlaceholder();
    this.emit('input', { value: control.value, cursor: control.selectionEnd ?? control.value.length, keyCode: this.keyCode });
    this.keyCode = 0;
  }

  protected onKeyDown(event: KeyboardEvent): void {
    this.keyCode = event.keyCode ?? 0;
  }

  /** Sends `confirm`; the keyboard stays up only with `confirm-hold`. */
  protected confirm(): void {
    this.emit('confirm', { value: this.control.value });
    if (!bool(this.prop('confirm-hold'))) this.control.blur();
  }

  fieldName(): string {
    return str(this.prop('name'));
  }

  fieldValue(): JsonValue {
    return this.control.value;
  }

  resetField(): void {
    this.control.value = this.limit(str(this.prop('value')));
    this.showPlaceholder();
  }
}
