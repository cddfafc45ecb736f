// `<label>`: a tap on it acts on its control: the one whose id its `for` names, else the first
// checkbox, radio, switch or button inside it.
import { Builtin, str } from './builtin.js';

export const LABEL_CSS = 'wx-label{display:inline;cursor:pointer}';

const CONTROLS = 'wx-checkbox,wx-radio,wx-switch,wx-button';

export class LabelComponent extends Builtin {
  override activate(event: MouseEvent): boolean {
    const target = this.control();
    if (target === null) return false;
    // A tap on the control itself already reached it.
    if (target.contains(event.target as Node)) return true;
    this.host.builtinOf(target)?.activate(event);
    return true;
  }

  private control(): Element | null {
    const id = str(this.prop('for'));
    if (id !== '') {
      const page = this.element.closest('page');
      const found = page?.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`) ?? null;
      return found !== null && found.matches(CONTROLS) ? found : null;
    }
    return this.element.querySelector(CONTROLS);
  }
}
