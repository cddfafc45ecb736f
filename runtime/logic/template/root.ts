// A whole template mounted under one element (a page's root).
import type { TemplateNode } from '../../../spec/bundle.js';
import type { Changes } from './changes.js';
import type { RenderContext, Scope } from './context.js';
import type { Container } from './fragment.js';
import { FragmentList } from './fragment_list.js';
import { mountNodes } from './mount.js';

export class TemplateRoot extends FragmentList implements Container {
  constructor(
    /** The element the template's nodes are mounted into. */
    readonly el: number,
    nodes: TemplateNode[],
    ctx: RenderContext,
  ) {
    super();
    const scope: Scope = Object.create(null);
    mountNodes(nodes, this, null, ctx, scope, 0, this.frags);
  }

  tail(): number {
    return 0;
  }

  update(changes: Changes): void {
    this.updateChildren(changes);
  }
}
