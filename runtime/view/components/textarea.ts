// `<textarea>`: several lines of text. `auto-height` grows it with its lines (sending `linechange`
// with `{ height, heightRpx, lineCount }`); Enter is a new line unless `confirm-type` names a
// return key, when it sends `confirm`. See text_field.ts for the rest.
import { bool, str, type ComponentHost } from './builtin.js';
import { TextField } from './text_field.js';

export const TEXTAREA_CSS = 'wx-textarea{display:block;position:relative;width:300px;height:150px;cursor:auto}wx-textarea[auto-height]{height:auto;min-height:1.4em}.wx-textarea-auto{overflow:hidden}';

export class TextareaComponent extends TextField {
  private lines = 0;

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host, 'textarea', 'textarea-placeholder');
    this.control.addEventListener('input', () => this.fitHeight());
  }

  override update(): void {
    super.update();
    this.control.classList.toggle('wx-textarea-auto', bool(this.prop('auto-height')));
    this.fitHeight();
  }

  /** With `auto-height`, the control as tall as its text; `linechange` when its line count changes. */
  private fitHeight(): void {
    const control = this.control as HTMLTextAreaElement;
    const lineCount = control.value === '' ? 1 : control.value.split('\n').length;
    if (bool(this.prop('auto-height'))) {
      control.style.height = 'auto';
      const height = control.scrollHeight;
      if (height > 0) control.style.height = `${height}px`;
    } else control.style.height = '';
    if (lineCount !== this.lines) {
      const first = this.lines === 0;
      this.lines = lineCount;
      if (first) return;
      const height = control.scrollHeight;
      this.emit('linechange', { height, heightRpx: Math.round((height * 750) / this.host.screenWidth), lineCount });
    }
  }

  protected override onKeyDown(event: KeyboardEvent): void {
    super.onKeyDown(event);
    const confirmType = str(this.prop('confirm-type'), 'return');
    if (event.key === 'Enter' && confirmType !== 'return') {
      event.preventDefault();
      this.confirm();
    }
  }
}
