// `<picker-view>` and `<picker-view-column>`: columns of items scrolled in place, the item in the
// middle band (`indicator-style`, `indicator-class`; the fading `mask-style`, `mask-class`) being
// chosen. `value` gives each column's index. Scrolling a column sends `pickstart`, then, once it
// settles on an item, `change` (`{ value }`, every column's index) and `pickend`. A form field.
import type { JsonValue } from '../../../bridge/protocol.js';
import { Builtin, str, type ComponentHost, type FormField } from './builtin.js';

export const PICKER_VIEW_CSS = [
  'wx-picker-view{display:flex;position:relative;overflow:hidden;height:200px}',
  'wx-picker-view-column{display:block;flex:1;position:relative;height:100%;overflow-y:auto;overflow-x:hidden;box-sizing:border-box;scrollbar-width:none}',
  'wx-picker-view-column>*{scroll-snap-align:center}',
  '.wx-picker-view-mask{display:block;z-index:2;position:absolute;left:0;right:0;top:0;bottom:0;pointer-events:none;background-image:linear-gradient(180deg,rgba(255,255,255,.95),rgba(255,255,255,.6)),linear-gradient(0deg,rgba(255,255,255,.95),rgba(255,255,255,.6));background-repeat:no-repeat;background-position:top,bottom}',
  '.wx-picker-view-indicator{display:block;z-index:3;position:absolute;left:0;right:0;height:34px;pointer-events:none;border-top:1px solid #e5e5e5;border-bottom:1px solid #e5e5e5;box-sizing:border-box}',
].join('');

/** Item height when the view has no layout to measure (34 px, WeChat's). */
const DEFAULT_ITEM = 34;
/** How long a column must stay still to have settled, in ms. */
const SETTLE_MS = 100;

export class PickerViewColumnComponent extends Builtin {
  private stopSettle: (() => void) | null = null;
  private picking = false;
  /** Where the column was last put (its own scroll event there is not the user's). */
  private placed = -1;

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    element.addEventListener('scroll', () => this.onScroll());
  }

  private view(): PickerViewComponent | undefined {
    const parent = this.element.parentElement;
    const builtin = parent === null ? undefined : this.host.builtinOf(parent);
    return builtin instanceof PickerViewComponent ? builtin : undefined;
  }

  /** Height of one item. */
  itemHeight(): number {
    const first = Array.from(this.element.children).find((c) => this.host.idOf(c) !== undefined) as HTMLElement | undefined;
    const height = first?.getBoundingClientRect().height ?? 0;
    return height > 0 ? height : DEFAULT_ITEM;
  }

  /** How many items the column holds. */
  count(): number {
    return Array.from(this.element.children).filter((c) => this.host.idOf(c) !== undefined).length;
  }

  /** The index in the band. */
  index(): number {
    const count = this.count();
    return Math.max(0, Math.min(count - 1, Math.round(this.element.scrollTop / this.itemHeight())));
  }

  /** Puts item `index` in the band; the padding lets the first and last items reach it. */
  show(index: number, bandTop: number): void {
    const item = this.itemHeight();
    const height = this.element.clientHeight;
    const pad = height > 0 ? (height - item) / 2 : bandTop;
    this.element.style.paddingTop = `${pad}px`;
    this.element.style.paddingBottom = `${pad}px`;
    this.place(Math.max(0, index) * item);
  }

  /** Scrolls exactly to item `index`. */
  snap(index: number): void {
    this.place(index * this.itemHeight());
  }

  /**
   * Scrolls to `top` itself. A browser sends the scroll event of it a frame later, and may have
   * clamped the position: what it reports back is what that event will show, and is not the user's.
   */
  private place(top: number): void {
    this.element.scrollTop = top;
    this.placed = this.element.scrollTop;
  }

  override childrenChanged(): void {
    const view = this.view();
    if (view !== undefined) this.host.invalidate(view);
  }

  private onScroll(): void {
    const view = this.view();
    if (view === undefined || this.element.scrollTop === this.placed) return;
    if (!this.picking) {
      this.picking = true;
      view.pickStart();
    }
    this.stopSettle?.();
    this.stopSettle = this.host.later(() => {
      this.stopSettle = null;
      this.picking = false;
      view.settled(this);
    }, SETTLE_MS);
  }

  override destroy(): void {
    this.stopSettle?.();
  }
}

export class PickerViewComponent extends Builtin implements FormField {
  private readonly mask: HTMLElement;
  private readonly indicator: HTMLElement;
  private value: number[] = [];
  private valueProp = '';

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    this.mask = this.make('wx-picker-view-mask', 'wx-picker-view-mask', element);
    this.indicator = this.make('wx-picker-view-indicator', 'wx-picker-view-indicator', element);
  }

  private columns(): PickerViewColumnComponent[] {
    return Array.from(this.element.children)
      .map((c) => this.host.builtinOf(c))
      .filter((b): b is PickerViewColumnComponent => b instanceof PickerViewColumnComponent);
  }

  override childrenChanged(): void {
    this.host.invalidate(this);
  }

  override update(): void {
    const given = this.prop('value');
    const text = JSON.stringify(given ?? []);
    const columns = this.columns();
    if (text !== this.valueProp) {
      this.valueProp = text;
      this.value = Array.isArray(given) ? given.map((v) => Number(v) || 0) : [];
    }
    const itemHeight = columns[0]?.itemHeight() ?? DEFAULT_ITEM;
    const height = this.element.clientHeight;
    const bandTop = height > 0 ? (height - itemHeight) / 2 : DEFAULT_ITEM * 2.5;
    this.indicator.className = `wx-picker-view-indicator ${str(this.prop('indicator-class'))}`.trim();
    this.indicator.setAttribute('style', `${str(this.prop('indicator-style'))};top:${bandTop}px;height:${itemHeight}px`);
    this.mask.className = `wx-picker-view-mask ${str(this.prop('mask-class'))}`.trim();
    this.mask.setAttribute('style', `${str(this.prop('mask-style'))};background-size:100% ${bandTop}px`);
    columns.forEach((column, i) => {
      const index = Math.min(this.value[i] ?? 0, Math.max(0, column.count() - 1));
      this.value[i] = Math.max(0, index);
      column.show(this.value[i], bandTop);
    });
    this.value.length = columns.length;
  }

  pickStart(): void {
    this.emit('pickstart', {});
  }

  /** A column came to rest: the new value is sent if it changed. */
  settled(column: PickerViewColumnComponent): void {
    const columns = this.columns();
    const i = columns.indexOf(column);
    if (i < 0) return;
    const index = column.index();
    column.snap(index);
    if (this.value[i] !== index) {
      this.value[i] = index;
      this.emit('change', { value: this.value.slice() });
    }
    this.emit('pickend', {});
  }

  fieldName(): string {
    return str(this.prop('name'));
  }

  fieldValue(): JsonValue {
    return this.value.slice();
  }

  resetField(): void {
    this.valueProp = '';
    this.host.invalidate(this);
  }
}
