// What `<checkbox>` and `<radio>` share: a box drawn before the content that shows `checked`
// (the logic thread's until the user taps, `disabled`, `color`), and a group that finds its own
// boxes (not those of a group inside it) and is the form field.
import type { JsonValue } from '../../../bridge/protocol.js';
import { bool, Builtin, str, type ComponentHost, type FormField } from './builtin.js';

export abstract class ChoiceComponent extends Builtin {
  checked = false;
  private checkedProp: boolean | null = null;
  protected readonly input: HTMLElement;

  constructor(
    element: HTMLElement,
    host: ComponentHost,
    /** `wx-checkbox` or `wx-radio`: the box is `<kind>-input`. */
    private readonly kind: string,
  ) {
    super(element, host);
    this.input = this.make(`${kind}-input`, `${kind}-input`, element, element.firstChild);
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
    const box = `${this.kind}-input`;
    const disabled = bool(this.prop('disabled'));
    this.input.className = `${box}${this.checked ? ` ${box}-checked` : ''}${disabled ? ` ${box}-disabled` : ''}`;
    const color = str(this.prop('color'));
    this.paint(this.checked && color !== '' ? color : '');
    this.element.setAttribute('aria-checked', String(this.checked));
  }

  /** Shows `color` (empty: the default) on the checked box. */
  protected abstract paint(color: string): void;

  /** Back to the logic thread's `checked`. */
  reset(): void {
    this.checked = bool(this.prop('checked'));
    this.render();
  }
}

export abstract class ChoiceGroupComponent<C extends ChoiceComponent> extends Builtin implements FormField {
  protected abstract readonly itemTag: string;
  protected abstract isItem(builtin: Builtin | undefined): builtin is C;

  /** The group's own boxes, in order. */
  protected items(): C[] {
    const out: C[] = [];
    for (const element of Array.from(this.element.querySelectorAll(this.itemTag))) {
      if (element.parentElement?.closest(this.element.localName) !== this.element) continue;
      const builtin = this.host.builtinOf(element);
      if (this.isItem(builtin)) out.push(builtin);
    }
    return out;
  }

  fieldName(): string {
    return str(this.prop('name'));
  }

  abstract fieldValue(): JsonValue;

  resetField(): void {
    for (const item of this.items()) item.reset();
  }
}
