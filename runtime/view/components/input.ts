// `<input>`: one line of text. `type` text, number, digit (with a decimal point), idcard (digits and
// X), safe-password and nickname; `password` hides it; `confirm-type` names the return key (send,
// search, next, go, done) and Enter sends `confirm`. See text_field.ts for the rest.
import { bool, str, type ComponentHost } from './builtin.js';
import { TextField } from './text_field.js';

export const INPUT_CSS = 'wx-input{display:block;position:relative;height:1.4rem;min-height:1.4rem;overflow:hidden;text-overflow:clip;white-space:nowrap;cursor:auto}';

const FILTERS: Record<string, RegExp> = { number: /[^0-9]/g, digit: /[^0-9.]/g, idcard: /[^0-9xX]/g };
const INPUT_MODES: Record<string, string> = { number: 'numeric', digit: 'decimal', idcard: 'text' };

export class InputComponent extends TextField {
  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host, 'input', 'input-placeholder');
  }

  override update(): void {
    const control = this.control as HTMLInputElement;
    const type = str(this.prop('type'), 'text');
    control.type = bool(this.prop('password')) || type === 'safe-password' ? 'password' : 'text';
    control.inputMode = INPUT_MODES[type] ?? 'text';
    control.enterKeyHint = str(this.prop('confirm-type'), 'done');
    super.update();
  }

  protected override accept(value: string): string {
    const filter = FILTERS[str(this.prop('type'), 'text')];
    return filter === undefined ? value : value.replace(filter, '');
  }

  protected override onKeyDown(event: KeyboardEvent): void {
    super.onKeyDown(event);
    if (event.key === 'Enter') this.confirm();
  }
}
