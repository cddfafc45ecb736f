// What a wx:if block, a wx:for block, a loop item and a template root have in common: they render
// as the nodes of their child fragments, in order.
import type { Changes } from './changes.js';
import { firstNode, type Fragment } from './fragment.js';

export abstract class FragmentList<F extends Fragment = Fragment> {
  pos = 0;
  frags: F[] = [];

  first(): number {
    return firstNode(this.frags);
  }

  roots(out: number[]): void {
    for (let i = 0; i < this.frags.length; i++) this.frags[i].roots(out);
  }

  destroy(detach: boolean): void {
    for (let i = 0; i < this.frags.length; i++) this.frags[i].destroy(detach);
    this.frags = [];
  }

  /** Passes the changes to every child. */
  protected updateChildren(changes: Changes): void {
    const frags = this.frags;
    for (let i = 0; i < frags.length; i++) frags[i].update(changes);
  }
}
