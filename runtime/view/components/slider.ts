// `<slider>`: `min` (0), `max` (100), `step` (1), `value`, `disabled`, `activeColor`,
// `backgroundColor`, `block-size` (12 to 28 px), `block-color`, `show-value`. Pressing or dragging
// along it sends `changing` (`{ value }`) while the value moves and `change` when it is let go.
// A form field.
import type { JsonValue } from '../../../bridge/protocol.js';
import { bool, Builtin, num, str, type ComponentHost, type FormField } from './builtin.js';

export const SLIDER_CSS = [
  'wx-slider{display:block;margin:10px 18px;padding:0;touch-action:none}',
  '.wx-slider-wrapper{display:flex;align-items:center;min-height:16px}',
  '.wx-slider-tap-area{display:block;flex:1;padding:8px 0;cursor:pointer}',
  'wx-slider[disabled] .wx-slider-tap-area{cursor:default}',
  '.wx-slider-handle-wrapper{display:block;position:relative;height:2px;border-radius:5px;background-color:#e9e9e9}',
  '.wx-slider-track{display:block;height:100%;border-radius:6px;background-color:#1aad19}',
  '.wx-slider-thumb{display:block;position:absolute;top:50%;box-sizing:border-box;border-radius:50%;background:#fff;box-shadow:0 0 4px rgba(0,0,0,.2)}',
  '.wx-slider-value{display:block;width:3ch;margin-left:1em;color:#888;font-size:14px}',
].join('');

export class SliderComponent extends Builtin implements FormField {
  private value = 0;
  private valueProp: number | null = null;
  private readonly area: HTMLElement;
  private readonly rail: HTMLElement;
  private readonly track: HTMLElement;
  private readonly thumb: HTMLElement;
  private readonly label: HTMLElement;
  /** Stops following the pointer of a drag in progress. */

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    const wrapper = this.make('wx-slider-wrapper', 'wx-slider-wrapper', element);
    this.area = this.make('wx-slider-tap-area', 'wx-slider-tap-area', wrapper);
    this.rail = this.make('wx-slider-handle-wrapper', 'wx-slider-handle-wrapper', this.area);
    this.track = this.make('wx-slider-track', 'wx-slider-track', this.rail);
    this.thumb = this.make('wx-slider-thumb', 'wx-slider-thumb', this.rail);
    this.label = this.make('wx-slider-value', 'wx-slider-value', wrapper);
    this.area.addEventListener('pointerdown', (e) => this.press(e as PointerEvent));
  }

  private range(): { min: number; max: number; step: number } {
    const min = num(this.prop('min'), 0);
    const max = Math.max(min, num(this.prop('max'), 100));
    const step = Math.max(num(this.prop('step'), 1), Number.EPSILON);
    return { min, max, step };
  }

  /** A value within the range, on a step. */
  private clamp(value: number): number {
    const { min, max, step } = this.range();
    const stepped = min + Math.round((value - min) / step) * step;
    return Math.min(max, Math.max(min, Number(stepped.toFixed(10))));
  }

  override update(): void {
    const prop = this.clamp(num(this.prop('value'), 0));
    if (prop !== this.valueProp) {
      this.valueProp = prop;
      this.value = prop;
    }
    this.render();
  }

  private render(): void {
    const { min, max } = this.range();
    const percent = max === min ? 0 : ((this.value - min) / (max - min)) * 100;
    const size = Math.min(28, Math.max(12, num(this.prop('block-size'), 28)));
    this.rail.style.backgroundColor = str(this.prop('background-color'), str(this.prop('color'), '#e9e9e9'));
    this.track.style.width = `${percent}%`;
    this.track.style.backgroundColor = str(this.prop('active-color'), str(this.prop('selected-color'), '#1aad19'));
    Object.assign(this.thumb.style, {
      width: `${size}px`,
      height: `${size}px`,
      marginTop: `${-size / 2}px`,
      left: `calc(${percent}% - ${size / 2}px)`,
      backgroundColor: str(this.prop('block-color'), '#ffffff'),
    });
    this.label.style.display = bool(this.prop('show-value')) ? '' : 'none';
    this.label.textContent = String(this.value);
  }

  /** The value at a pointer's position along the rail. */
  private valueAt(clientX: number): number {
    const rect = this.rail.getBoundingClientRect();
    const { min, max } = this.range();
    if (rect.width <= 0) return this.value;
    const ratio = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
    return this.clamp(min + ratio * (max - min));
  }

  /** A press on the rail: the value follows the pointer until it is let go. */
  private press(event: PointerEvent): void {
    if (bool(this.prop('disabled'))) return;
    this.followPointer(
      (e) => this.move(e),
      (e) => {
        this.value = this.valueAt(e.clientX);
        this.render();
        this.emit('change', { value: this.value });
      },
    );
    this.move(event);
  }

  private move(event: PointerEvent): void {
    const value = this.valueAt(event.clientX);
    if (value === this.value) return;
    this.value = value;
    this.render();
    this.emit('changing', { value });
  }

  fieldName(): string {
    return str(this.prop('name'));
  }

  fieldValue(): JsonValue {
    return this.value;
  }

  resetField(): void {
    this.value = this.clamp(num(this.prop('value'), 0));
    this.render();
  }
}
