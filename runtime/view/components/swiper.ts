// `<swiper>` and `<swiper-item>`: a slider of items, `current` (or `current-item-id`, an item's
// `item-id`) shown, moving in `duration` ms (500), horizontally or `vertical`. `autoplay` moves on
// every `interval` ms (5000); `circular` joins the ends; `indicator-dots` (with `indicator-color`,
// `indicator-active-color`) shows where it is; `display-multiple-items` shows several;
// `previous-margin` / `next-margin` show a part of the neighbours. Dragging it sends `transition`
// (`{ dx, dy }`) and, when it moves to another item, `change` (`{ current, currentItemId, source }`,
// `source` being `touch` or `autoplay`), then `animationfinish` once it got there.
import { bool, Builtin, length, num, str, type ComponentHost } from './builtin.js';

export const SWIPER_CSS = [
  'wx-swiper{display:block;position:relative;height:150px;overflow:hidden;touch-action:pan-y}',
  'wx-swiper[vertical]{touch-action:pan-x}',
  'wx-swiper-item{display:block;position:absolute;top:0;left:0;width:100%;height:100%;box-sizing:border-box;overflow:hidden;will-change:transform}',
  '.wx-swiper-dots{position:absolute;z-index:1;left:50%;bottom:10px;display:flex;transform:translateX(-50%);pointer-events:none}',
  '.wx-swiper-dots.wx-swiper-dots-vertical{left:auto;right:10px;bottom:auto;top:50%;flex-direction:column;transform:translateY(-50%)}',
  '.wx-swiper-dot{display:block;width:8px;height:8px;margin:0 4px;border-radius:50%;background:rgba(0,0,0,.3)}',
  '.wx-swiper-dots-vertical .wx-swiper-dot{margin:4px 0}',
].join('');

export class SwiperItemComponent extends Builtin {
  get itemId(): string {
    return str(this.prop('item-id'));
  }
}

export class SwiperComponent extends Builtin {
  private current = 0;
  private currentProp: number | null = null;
  private itemIdProp = '';
  private readonly dots: HTMLElement;
  private stopAutoplay: (() => void) | null = null;
  private stopFinish: (() => void) | null = null;
  /** The offset of each item the last layout gave it, to tell a wrap-around (not animated). */
  private offsets = new Map<Element, number>();

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    this.dots = this.make('wx-swiper-dots', 'wx-swiper-dots', element);
    element.addEventListener('pointerdown', (e) => this.startDrag(e as PointerEvent));
  }

  private items(): HTMLElement[] {
    return Array.from(this.element.children).filter((e): e is HTMLElement => e.localName === 'wx-swiper-item');
  }

  private itemIdOf(index: number): string {
    const item = this.items()[index];
    const builtin = item === undefined ? undefined : this.host.builtinOf(item);
    return builtin instanceof SwiperItemComponent ? builtin.itemId : '';
  }

  override childrenChanged(): void {
    this.host.invalidate(this);
  }

  override update(): void {
    const count = this.items().length;
    const itemId = str(this.prop('current-item-id'));
    const prop = num(this.prop('current'), 0);
    if (itemId !== '' && itemId !== this.itemIdProp) {
      const index = this.items().findIndex((_, i) => this.itemIdOf(i) === itemId);
      if (index >= 0) this.current = index;
    } else if (prop !== this.currentProp) this.current = prop;
    this.itemIdProp = itemId;
    this.currentProp = prop;
    this.current = count === 0 ? 0 : Math.min(count - 1, Math.max(0, Math.floor(this.current)));
    this.layout(0, true);
    this.renderDots();
    this.scheduleAutoplay();
  }

  private vertical(): boolean {
    return bool(this.prop('vertical'));
  }

  /** Places every item for `current`, shifted by `drag` px; `animate` moves them in `duration`. */
  private layout(drag: number, animate: boolean): void {
    const items = this.items();
    const n = items.length;
    const circular = bool(this.prop('circular')) && n > 2;
    const visible = Math.max(1, Math.floor(num(this.prop('display-multiple-items'), 1)));
    const sw = this.host.screenWidth;
    const before = length(this.prop('previous-margin'), 0, sw);
    const after = length(this.prop('next-margin'), 0, sw);
    const duration = num(this.prop('duration'), 500);
    const vertical = this.vertical();
    items.forEach((item, i) => {
      let offset = i - this.current;
      if (circular) {
        offset = ((offset % n) + n) % n;
        if (offset > n - 1 - Math.floor((n - visible) / 2)) offset -= n;
      }
      const previous = this.offsets.get(item);
      const wraps = previous !== undefined && Math.abs(previous - offset) > 1;
      this.offsets.set(item, offset);
      const style = item.style;
      style.transition = animate && !wraps && drag === 0 ? `transform ${duration}ms ease` : 'none';
      const size = `calc((100% - ${before + after}px) / ${visible})`;
      if (vertical) {
        style.top = `${before}px`;
        style.left = '0';
        style.height = size;
        style.width = '100%';
        style.transform = `translate3d(0, calc(${offset * 100}% + ${drag}px), 0)`;
      } else {
        style.left = `${before}px`;
        style.top = '0';
        style.width = size;
        style.height = '100%';
        style.transform = `translate3d(calc(${offset * 100}% + ${drag}px), 0, 0)`;
      }
    });
  }

  private renderDots(): void {
    const n = this.items().length;
    const show = bool(this.prop('indicator-dots'));
    this.dots.style.display = show && n > 0 ? '' : 'none';
    this.dots.className = `wx-swiper-dots${this.vertical() ? ' wx-swiper-dots-vertical' : ''}`;
    while (this.dots.children.length < n) this.make('wx-swiper-dot', 'wx-swiper-dot', this.dots);
    while (this.dots.children.length > n) this.dots.lastElementChild!.remove();
    const color = str(this.prop('indicator-color'), 'rgba(0, 0, 0, .3)');
    const active = str(this.prop('indicator-active-color'), '#000000');
    Array.from(this.dots.children).forEach((dot, i) => {
      dot.className = `wx-swiper-dot${i === this.current ? ' wx-swiper-dot-active' : ''}`;
      (dot as HTMLElement).style.backgroundColor = i === this.current ? active : color;
    });
  }

  /** Moves to item `index` because of `source`, telling the logic thread. */
  private go(index: number, source: 'touch' | 'autoplay'): void {
    const n = this.items().length;
    if (n === 0) return;
    const circular = bool(this.prop('circular'));
    const next = circular ? ((index % n) + n) % n : Math.min(n - 1, Math.max(0, index));
    const changed = next !== this.current;
    this.current = next;
    this.layout(0, true);
    this.renderDots();
    if (!changed) return;
    const detail = { current: next, currentItemId: this.itemIdOf(next), source };
    this.emit('change', detail);
    this.stopFinish?.();
    this.stopFinish = this.host.later(() => {
      this.stopFinish = null;
      this.emit('animationfinish', detail);
    }, num(this.prop('duration'), 500));
  }

  private scheduleAutoplay(): void {
    this.stopAutoplay?.();
    this.stopAutoplay = null;
    if (!bool(this.prop('autoplay')) || this.items().length < 2) return;
    this.stopAutoplay = this.host.later(() => {
      this.stopAutoplay = null;
      const n = this.items().length;
      const last = this.current >= n - 1;
      this.go(last && !bool(this.prop('circular')) ? 0 : this.current + 1, 'autoplay');
      this.scheduleAutoplay();
    }, Math.max(1, num(this.prop('interval'), 5000)));
  }

  private startDrag(event: PointerEvent): void {
    if (bool(this.prop('disable-touch')) || bool(this.prop('touchable'), true) === false) return;
    const vertical = this.vertical();
    const start = vertical ? event.clientY : event.clientX;
    const startX = event.clientX;
    const startY = event.clientY;
    const startTime = this.host.now();
    let delta = 0;
    this.stopAutoplay?.();
    const move = (p: PointerEvent) => {
      delta = (vertical ? p.clientY : p.clientX) - start;
      this.layout(delta, false);
      this.emit('transition', { dx: startX - p.clientX, dy: startY - p.clientY });
    };
    const up = () => {
      const size = vertical ? this.element.clientHeight : this.element.clientWidth;
      const fast = Math.abs(delta) > 20 && this.host.now() - startTime < 300;
      if (delta !== 0 && (Math.abs(delta) > size / 2 || fast)) this.go(this.current + (delta < 0 ? 1 : -1), 'touch');
      else this.layout(0, true);
      this.scheduleAutoplay();
    };
    this.followPointer(move, up);
  }

  override destroy(): void {
    this.stopAutoplay?.();
    this.stopFinish?.();
    super.destroy();
  }
}
