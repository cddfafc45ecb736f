// `<progress>`: `percent` (0–100), `show-info` (the percentage after the bar), `border-radius`,
// `font-size`, `stroke-width` (6 px), `activeColor` (or the older `color`), `backgroundColor`,
// `active` (the bar grows from 0, or from where it was with `active-mode="forwards"`, one percent
// every `duration` ms, 30 by default), and `activeend` once it got there.
import { bool, Builtin, length, num, str, type ComponentHost } from './builtin.js';

export const PROGRESS_CSS = [
  'wx-progress{display:flex;align-items:center}',
  '.wx-progress-bar{display:block;flex:1;overflow:hidden}',
  '.wx-progress-inner-bar{display:block;width:0;height:100%}',
  '.wx-progress-info{display:block;margin-top:0;margin-bottom:0;min-width:2em;margin-left:15px;font-size:16px}',
].join('');

export class ProgressComponent extends Builtin {
  private readonly bar: HTMLElement;
  private readonly inner: HTMLElement;
  private readonly info: HTMLElement;
  /** The percentage shown now. */
  private shown = 0;
  private stopAnimation: (() => void) | null = null;
  private lastTarget: number | null = null;

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    this.bar = this.make('wx-progress-bar', 'wx-progress-bar', element);
    this.inner = this.make('wx-progress-inner-bar', 'wx-progress-inner-bar', this.bar);
    this.info = this.make('wx-progress-info', 'wx-progress-info', element);
  }

  override update(): void {
    const target = Math.min(100, Math.max(0, num(this.prop('percent'), 0)));
    const sw = this.host.screenWidth;
    this.bar.style.height = `${length(this.prop('stroke-width'), 6, sw)}px`;
    this.bar.style.backgroundColor = str(this.prop('background-color'), '#ebebeb');
    const radius = length(this.prop('border-radius'), 0, sw);
    this.bar.style.borderRadius = `${radius}px`;
    this.inner.style.borderRadius = `${radius}px`;
    this.inner.style.backgroundColor = str(this.prop('active-color'), str(this.prop('color'), '#09bb07'));
    this.info.style.display = bool(this.prop('show-info')) ? '' : 'none';
    this.info.style.fontSize = `${length(this.prop('font-size'), 16, sw)}px`;
    if (target === this.lastTarget) return;
    this.lastTarget = target;
    this.stopAnimation?.();
    if (!bool(this.prop('active'))) {
      this.show(target);
      return;
    }
    if (str(this.prop('active-mode'), 'backwards') === 'backwards') this.show(0);
    this.animateTo(target, Math.max(1, num(this.prop('duration'), 30)));
  }

  private show(percent: number): void {
    this.shown = percent;
    this.inner.style.width = `${percent}%`;
    this.info.textContent = `${Math.round(percent)}%`;
  }

  private animateTo(target: number, stepMs: number): void {
    const step = () => {
      if (this.shown === target) {
        this.stopAnimation = null;
        this.emit('activeend', { curPercent: target });
        return;
      }
      this.show(this.shown < target ? Math.min(target, this.shown + 1) : Math.max(target, this.shown - 1));
      this.stopAnimation = this.host.later(step, stepMs);
    };
    this.stopAnimation = this.host.later(step, stepMs);
  }

  override destroy(): void {
    this.stopAnimation?.();
  }
}
