// wx:if / wx:elif / wx:else: renders the first branch whose condition holds; switching branch
// replaces the branch's nodes, staying on one updates them in place.
import type { IfNode } from '../../../spec/bundle.js';
import { affected, type Changes } from './changes.js';
import { evaluate, type RenderContext, type Scope } from './context.js';
import type { ElementFragment } from './element.js';
import { firstNode, nextNode, type Container, type Fragment } from './fragment.js';
import { mountNodes } from './mount.js';

export class IfFragment implements Fragment, Container {
  pos = 0;
  readonly el: number;
  frags: Fragment[] = [];
  private branch: number;

  constructor(
    private readonly node: IfNode,
    private readonly parent: Container,
    private readonly parentEl: ElementFragment | null,
    private readonly ctx: RenderContext,
    private readonly scope: Scope,
    before: number,
  ) {
    this.el = parent.el;
    this.branch = this.choose();
    if (this.branch >= 0) mountNodes(node.b[this.branch][1], this, parentEl, ctx, scope, before, this.frags);
  }

  private choose(): number {
    const branches = this.node.b;
    for (let i = 0; i < branches.length; i++) {
      const condition = branches[i][0];
      if (condition === null || evaluate(condition, this.ctx, this.scope)) return i;
    }
    return -1;
  }

  tail(): number {
    return nextNode(this.parent, this.pos);
  }

  update(changes: Changes): void {
    const node = this.node;
    if (!affected(node, changes)) return;
    let conditionsChanged = false;
    for (let i = 0; i < node.b.length && !conditionsChanged; i++) {
      const condition = node.b[i][0];
      conditionsChanged = condition !== null && affected(condition, changes);
    }
    const branch = conditionsChanged ? this.choose() : this.branch;
    if (branch === this.branch) {
      const frags = this.frags;
      for (let i = 0; i < frags.length; i++) frags[i].update(changes);
      return;
    }
    const before = this.tail();
    for (let i = 0; i < this.frags.length; i++) this.frags[i].destroy(true);
    this.frags = [];
    this.branch = branch;
    if (branch >= 0) mountNodes(node.b[branch][1], this, this.parentEl, this.ctx, this.scope, before, this.frags);
  }

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
}
