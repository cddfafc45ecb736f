// A whole template mounted under one element (a page's root).
import type { TemplateNode } from '../../../spec/bundle.js';
import type { Changes } from './changes.js';
import type { RenderContext, Scope } from './context.js';
import type { Container, Fragment } from './fragment.js';
import { mountNodes } from './mount.js';

export class TemplateRoot implements Container {
  readonly frags: Fragment[] = [];

  constructor(
    /** The element the template's nodes are mounted into. */
    readonly el: number,
    nodes: TemplateNode[],
    ctx: RenderContext,
  ) {
    const scope: Scope = Object.create(null);
    mountNodes(nodes, this, null, ctx, scope, 0, this.frags);
  }

  tail(): number {
    return 0;
  }

  update(changes: Changes): void {
    const frags = this.frags;
    for (let i = 0; i < frags.length; i++) frags[i].update(changes);
  }

  destroy(): void {
    for (let i = 0; i < this.frags.length; i++) this.frags[i].destroy(false);
  }
}
