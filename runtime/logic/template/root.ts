// A whole template mounted in one place: under a page's root element, under a component's node,
// or (for a component without a node of its own, `virtualHost`) straight into its owner's container.
import type { TemplateNode } from '../../../spec/bundle.js';
import type { Changes } from './changes.js';
import type { Parents, RenderContext, Scope } from './context.js';
import type { Container } from './fragment.js';
import { FragmentList } from './fragment_list.js';
import { mountNodes } from './mount.js';

export class TemplateRoot extends FragmentList implements Container {
  constructor(
    /** The element the template's nodes are mounted into. */
    readonly el: number,
    nodes: TemplateNode[],
    ctx: RenderContext,
    scope: Scope,
    parents: Parents,
    before = 0,
    /** The DOM node after the template's nodes (0: the end of `el`). */
    readonly tail: () => number = () => 0,
  ) {
    super();
    mountNodes(nodes, this, parents, ctx, scope, before, this.frags);
  }

  update(changes: Changes): void {
    this.updateChildren(changes);
  }
}
