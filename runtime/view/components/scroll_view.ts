// `<scroll-view>`: scrolls along `scroll-x` and/or `scroll-y`. `scroll-top`, `scroll-left` (px, or
// rpx) and `scroll-into-view` (an id inside it) scroll it, smoothly with `scroll-with-animation`.
// Scrolling sends `scroll` (`{ scrollLeft, scrollTop, scrollHeight, scrollWidth, deltaX, deltaY }`),
// and `scrolltoupper` / `scrolltolower` (`{ direction }`) when it comes within `upper-threshold` /
// `lower-threshold` (50 px) of an end. With `refresher-enabled`, pulling it down from the top shows
// the refresher: `refresherpulling` (`{ dy }`) while pulled, `refresherrefresh` when let go past
// `refresher-threshold` (45 px; it stays open until `refresher-triggered` is false again, then
// `refresherrestore`), `refresherabort` when let go before.
import { bool, Builtin, length, num, str, type ComponentHost } from './builtin.js';

export const SCROLL_VIEW_CSS = [
  'wx-scroll-view{display:block;position:relative;overflow:hidden;-webkit-overflow-scrolling:touch}',
  'wx-scroll-view[enable-flex]{display:flex}',
  '.wx-scroll-view-refresher{display:flex;align-items:flex-end;justify-content:center;overflow:hidden;height:0;flex:none;width:100%;font-size:20px;letter-spacing:6px;line-height:32px}',
].join('');

/** Which ends the view was within the threshold of, so that each entry is told once. */
interface Ends {
  upper: boolean;
  lower: boolean;
}

export class ScrollViewComponent extends Builtin {
  private last = { top: 0, left: 0 };
  private ends: Ends = { upper: true, lower: false };
  private props = { top: NaN, left: NaN, intoView: '' };
  private refresher: HTMLElement | null = null;
  /** The refresher is open (refreshing) until `refresher-triggered` turns false. */
  private refreshing = false;
  private triggeredProp = false;

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    element.addEventListener('scroll', () => this.onScroll());
    element.addEventListener('pointerdown', (e) => this.startPull(e as PointerEvent));
  }

  override update(): void {
    const element = this.element;
    const x = bool(this.prop('scroll-x'));
    const y = bool(this.prop('scroll-y'));
    element.style.overflowX = x ? 'auto' : 'hidden';
    element.style.overflowY = y ? 'auto' : 'hidden';
    if (!bool(this.prop('show-scrollbar'), true)) element.style.setProperty('scrollbar-width', 'none');
    const smooth = bool(this.prop('scroll-with-animation'));
    const sw = this.host.screenWidth;
    const top = length(this.prop('scroll-top'), NaN, sw);
    const left = length(this.prop('scroll-left'), NaN, sw);
    const intoView = str(this.prop('scroll-into-view'));
    if (!Number.isNaN(top) && top !== this.props.top && y) this.scrollTo({ top }, smooth);
    if (!Number.isNaN(left) && left !== this.props.left && x) this.scrollTo({ left }, smooth);
    if (intoView !== '' && intoView !== this.props.intoView) this.scrollIntoView(intoView, smooth);
    this.props = { top, left, intoView };
    this.updateRefresher();
  }

  private scrollTo(to: { top?: number; left?: number }, smooth: boolean): void {
    const element = this.element;
    if (smooth && typeof element.scrollTo === 'function') element.scrollTo({ ...to, behavior: 'smooth' });
    else {
      if (to.top !== undefined) element.scrollTop = to.top;
      if (to.left !== undefined) element.scrollLeft = to.left;
      this.onScroll();
    }
  }

  /** Scrolls so that the descendant with that id is at the start. */
  private scrollIntoView(id: string, smooth: boolean): void {
    const target = Array.from(this.element.querySelectorAll('[id]')).find((e) => e.getAttribute('id') === id);
    if (target === undefined) return;
    const box = this.element.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    const to: { top?: number; left?: number } = {};
    if (bool(this.prop('scroll-y'))) to.top = this.element.scrollTop + rect.top - box.top;
    if (bool(this.prop('scroll-x'))) to.left = this.element.scrollLeft + rect.left - box.left;
    this.scrollTo(to, smooth);
  }

  private onScroll(): void {
    const e = this.element;
    const top = e.scrollTop;
    const left = e.scrollLeft;
    const deltaX = left - this.last.left;
    const deltaY = top - this.last.top;
    if (deltaX === 0 && deltaY === 0) return;
    this.last = { top, left };
    this.emit('scroll', { scrollLeft: left, scrollTop: top, scrollHeight: e.scrollHeight, scrollWidth: e.scrollWidth, deltaX, deltaY });
    const vertical = deltaY !== 0;
    const upperThreshold = length(this.prop('upper-threshold'), 50, this.host.screenWidth);
    const lowerThreshold = length(this.prop('lower-threshold'), 50, this.host.screenWidth);
    const position = vertical ? top : left;
    const room = vertical ? e.scrollHeight - e.clientHeight - top : e.scrollWidth - e.clientWidth - left;
    const upper = position <= upperThreshold;
    const lower = room <= lowerThreshold;
    if (upper && !this.ends.upper && (vertical ? deltaY : deltaX) < 0) this.emit('scrolltoupper', { direction: vertical ? 'top' : 'left' });
    if (lower && !this.ends.lower && (vertical ? deltaY : deltaX) > 0) this.emit('scrolltolower', { direction: vertical ? 'bottom' : 'right' });
    this.ends = { upper, lower };
  }

  private refresherThreshold(): number {
    return num(this.prop('refresher-threshold'), 45);
  }

  private updateRefresher(): void {
    const enabled = bool(this.prop('refresher-enabled'));
    if (!enabled) {
      this.refresher?.remove();
      this.refresher = null;
      return;
    }
    if (this.refresher === null) {
      this.refresher = this.make('wx-scroll-view-refresher', 'wx-scroll-view-refresher', this.element, this.element.firstChild);
      this.refresher.textContent = '•••';
    }
    const style = str(this.prop('refresher-default-style'), 'black');
    this.refresher.style.color = style === 'white' ? '#fff' : '#888';
    this.refresher.style.visibility = style === 'none' ? 'hidden' : '';
    this.refresher.style.background = str(this.prop('refresher-background'), '#fff');
    const triggered = bool(this.prop('refresher-triggered'));
    if (triggered !== this.triggeredProp) {
      this.triggeredProp = triggered;
      if (triggered && !this.refreshing) {
        this.refreshing = true;
        this.refresher.style.height = `${this.refresherThreshold()}px`;
      } else if (!triggered && this.refreshing) {
        this.refreshing = false;
        this.refresher.style.height = '0';
        this.emit('refresherrestore', {});
      }
    }
  }

  /** A press at the top of a scroll-view with a refresher may become a pull. */
  private startPull(event: PointerEvent): void {
    if (this.refresher === null || this.refreshing || this.element.scrollTop > 0) return;
    const startY = event.clientY;
    let dy = 0;
    const move = (e: PointerEvent) => {
      dy = Math.max(0, e.clientY - startY);
      if (this.refresher === null) return;
      this.refresher.style.height = `${dy}px`;
      if (dy > 0) this.emit('refresherpulling', { dy });
    };
    const up = () => {
      if (this.refresher === null || dy === 0) return;
      if (dy >= this.refresherThreshold()) {
        this.refreshing = true;
        this.triggeredProp = true;
        this.refresher.style.height = `${this.refresherThreshold()}px`;
        this.emit('refresherrefresh', { dy });
      } else {
        this.refresher.style.height = '0';
        this.emit('refresherabort', { dy });
      }
    };
    this.followPointer(move, up);
  }
}
