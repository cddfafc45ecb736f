// `<movable-area>` and `<movable-view>`: a view dragged inside its area along `direction` (none,
// all, vertical, horizontal), kept within the area unless `out-of-bounds`, placed by `x` / `y`
// (px, or rpx). Moving sends `change` (`{ x, y, source }`: `touch` while dragged, `touch-out-of-bounds`
// past an edge, `out-of-bounds` when it springs back, '' when `x` / `y` moved it). `disabled` stops
// dragging. `scale-value` (with `scale`, between `scale-min` and `scale-max`) sizes it and sends
// `scale` (`{ x, y, scale }`); pinching to scale is not available here.
import { bool, Builtin, length, num, str, type ComponentHost } from './builtin.js';

export const MOVABLE_CSS = [
  'wx-movable-area{display:block;position:relative;width:10px;height:10px;overflow:visible}',
  'wx-movable-view{display:inline-block;position:absolute;top:0;left:0;width:10px;height:10px;touch-action:none;transform-origin:center center}',
].join('');

export class MovableAreaComponent extends Builtin {}

export class MovableViewComponent extends Builtin {
  private x = 0;
  private y = 0;
  private scale = 1;
  private props = { x: NaN, y: NaN, scale: NaN };

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    element.addEventListener('pointerdown', (e) => this.startDrag(e as PointerEvent));
  }

  override update(): void {
    const sw = this.host.screenWidth;
    const x = length(this.prop('x'), 0, sw);
    const y = length(this.prop('y'), 0, sw);
    const scale = this.clampScale(num(this.prop('scale-value'), 1));
    let moved = false;
    if (x !== this.props.x) {
      this.x = x;
      moved = true;
    }
    if (y !== this.props.y) {
      this.y = y;
      moved = true;
    }
    const first = Number.isNaN(this.props.x);
    if (scale !== this.props.scale && bool(this.prop('scale'))) {
      this.scale = scale;
      if (!Number.isNaN(this.props.scale)) this.emit('scale', { x: this.x, y: this.y, scale });
    }
    this.props = { x, y, scale };
    if (moved) {
      if (!bool(this.prop('out-of-bounds'))) [this.x, this.y] = this.within(this.x, this.y);
      if (!first) this.emit('change', { x: this.x, y: this.y, source: '' });
    }
    this.render(bool(this.prop('animation'), true) && !first);
  }

  private clampScale(value: number): number {
    const min = num(this.prop('scale-min'), 0.5);
    const max = num(this.prop('scale-max'), 10);
    return Math.min(max, Math.max(min, value));
  }

  /** The position clamped to the area. */
  private within(x: number, y: number): [number, number] {
    const area = this.element.parentElement;
    // No area, or one not laid out yet (no size): nothing to keep it within.
    if (area === null || area.localName !== 'wx-movable-area' || (area.clientWidth === 0 && area.clientHeight === 0)) return [x, y];
    const maxX = Math.max(0, area.clientWidth - this.element.offsetWidth * this.scale);
    const maxY = Math.max(0, area.clientHeight - this.element.offsetHeight * this.scale);
    return [Math.min(maxX, Math.max(0, x)), Math.min(maxY, Math.max(0, y))];
  }

  private render(animate: boolean): void {
    const style = this.element.style;
    style.transition = animate ? 'transform .3s ease' : 'none';
    style.transform = `translate3d(${this.x}px, ${this.y}px, 0) scale(${this.scale})`;
  }

  private startDrag(event: PointerEvent): void {
    const direction = str(this.prop('direction'), 'none');
    if (direction === 'none' || bool(this.prop('disabled'))) return;
    const startX = event.clientX - this.x;
    const startY = event.clientY - this.y;
    const free = bool(this.prop('out-of-bounds'));
    let firstMove = true;
    const move = (p: PointerEvent) => {
      if (firstMove) {
        // The first move tells whether the drag is across or along (catching it catches touchmove in WeChat).
        firstMove = false;
        const across = Math.abs(p.clientX - event.clientX) >= Math.abs(p.clientY - event.clientY);
        this.emit(across ? 'htouchmove' : 'vtouchmove', {});
      }
      const wantX = direction === 'all' || direction === 'horizontal' ? p.clientX - startX : this.x;
      const wantY = direction === 'all' || direction === 'vertical' ? p.clientY - startY : this.y;
      const [inX, inY] = this.within(wantX, wantY);
      const outside = inX !== wantX || inY !== wantY;
      [this.x, this.y] = free ? [wantX, wantY] : [inX, inY];
      this.render(false);
      this.emit('change', { x: this.x, y: this.y, source: outside && free ? 'touch-out-of-bounds' : 'touch' });
    };
    const up = () => {
      if (!free) return;
      const [inX, inY] = this.within(this.x, this.y);
      if (inX === this.x && inY === this.y) return;
      [this.x, this.y] = [inX, inY];
      this.render(true);
      this.emit('change', { x: this.x, y: this.y, source: 'out-of-bounds' });
    };
    this.followPointer(move, up);
  }
}
