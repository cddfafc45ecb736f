// A mounted piece of a template. Elements and text nodes are fragments of one DOM node; wx:if and
// wx:for blocks are fragments of any number of DOM nodes (none included), held in a container.
import type { Changes } from './changes.js';

export interface Fragment {
  /** Index of this fragment in its container's `frags`. */
  pos: number;
  /** Re-evaluates what the changes touch and emits the DOM operations for it. */
  update(changes: Changes): void;
  /** The id of its first DOM node, or 0 when it renders nothing. */
  first(): number;
  /** Appends the ids of its top-level DOM nodes. */
  roots(out: number[]): void;
  /** Releases it and everything inside; removes its DOM nodes from the view when `detach`. */
  destroy(detach: boolean): void;
  /**
   * What walk.ts takes it for (set on the prototype of its class by {@link walkAs}); none: a block
   * walked through its `frags`; 'plain': such a block that holds no component (a stamped item).
   */
  readonly walkAs?: WalkAs;
}

/**
 * How walk.ts takes a fragment. A tag on the class's prototype rather than `instanceof`, so that
 * walking the tree (which component instances do: selectComponent, animations, selector queries)
 * imports none of the fragment classes, which import the component instances in turn.
 */
export type WalkAs = 'element' | 'component' | 'slot' | 'plain';

/** Tags a fragment class for walk.ts (its subclasses inherit the tag, as they would pass `instanceof`). */
export function walkAs(fragmentClass: { prototype: object }, kind: WalkAs): void {
  Object.defineProperty(fragmentClass.prototype, 'walkAs', { value: kind });
}

/** An ordered list of fragments whose DOM nodes sit together under one DOM element. */
export interface Container {
  /** The DOM element that holds the fragments' nodes. */
  el: number;
  frags: Fragment[];
  /** The DOM node just after the container's last node (0: the end of `el`). */
  tail(): number;
}

/** The DOM node after fragment `pos` of a container: where a node of that fragment is inserted before. */
export function nextNode(container: Container, pos: number): number {
  const frags = container.frags;
  for (let i = pos + 1; i < frags.length; i++) {
    const id = frags[i].first();
    if (id !== 0) return id;
  }
  return container.tail();
}

/** The first DOM node among a list of fragments. */
export function firstNode(frags: Fragment[]): number {
  for (let i = 0; i < frags.length; i++) {
    const id = frags[i].first();
    if (id !== 0) return id;
  }
  return 0;
}
