// The hover state of pressed nodes (`hover-class`): shown `hover-start-time` ms after a touch
// starts, kept `hover-stay-time` ms after it ends, dropped when the touch moves away. Every pressed
// node with a hover class shows it, up to one with `hover-stop-propagation`.
import type { HoverSpec } from './components/builtin.js';
import type { View } from './view.js';

interface Hovered {
  element: Element;
  spec: HoverSpec;
  /** The classes it got (those it did not have already). */
  added: string[];
  cancelStart: () => void;
}

export class HoverState {
  private hovered: Hovered[] = [];

  constructor(private readonly view: View) {}

  /** A touch started on `target`. */
  start(target: EventTarget | null): void {
    this.clear();
    for (let n = target as Node | null; n !== null && n !== this.view.container; n = n.parentNode) {
      if (n.nodeType !== 1) continue;
      const spec = this.view.builtinOf(n as Element)?.hover() ?? null;
      if (spec === null) continue;
      if (spec.className !== '' && spec.className !== 'none') {
        const entry: Hovered = { element: n as Element, spec, added: [], cancelStart: () => {} };
        entry.cancelStart = this.view.host.later(() => this.show(entry), spec.startTime);
        this.hovered.push(entry);
      }
      if (spec.stopPropagation) break;
    }
  }

  /** The touch ended: the hover state stays a little, then goes. */
  end(): void {
    const ending = this.hovered;
    this.hovered = [];
    for (const entry of ending) {
      entry.cancelStart();
      // A touch shorter than the start delay still shows the state, for the time it stays.
      if (entry.added.length === 0) this.show(entry);
      this.view.host.later(() => this.hide(entry), entry.spec.stayTime);
    }
  }

  /** The touch moved away or was cancelled: no hover state. */
  cancel(): void {
    this.clear();
  }

  private clear(): void {
    for (const entry of this.hovered) {
      entry.cancelStart();
      this.hide(entry);
    }
    this.hovered = [];
  }

  private show(entry: Hovered): void {
    const list = entry.element.classList;
    for (const token of entry.spec.className.split(/\s+/)) {
      if (token !== '' && !list.contains(token)) {
        list.add(token);
        entry.added.push(token);
      }
    }
  }

  private hide(entry: Hovered): void {
    for (const token of entry.added) entry.element.classList.remove(token);
    entry.added = [];
  }
}
