// wx:if / wx:elif / wx:else: renders the first branch whose condition holds; switching branch
// replaces the branch's nodes, staying on one updates them in place.
import type { IfNode } from '../../../spec/bundle.js';
import { affected, type Changes } from './changes.js';
import { evaluate, type Parents, type RenderContext, type Scope } from './context.js';
import { nextNode, type Container, type Fragment } from './fragment.js';
import { FragmentList } from './fragment_list.js';
import { mountNodes } from './mount.js';

export class IfFragment extends FragmentList implements Fragment, Container {
  readonly el: number;
  private branch: number;

  constructor(
    private readonly node: IfNode,
    private readonly parent: Container,
    private readonly parents: Parents,
    private readonly ctx: RenderContext,
    private readonly scope: Scope,
    before: number,
  ) {
    super();
    this.el = parent.el;
    this.branch = this.choose();
    if (this.branch >= 0) mountNodes(node.b[this.branch][1], this, parents, ctx, scope, before, this.frags);
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
    if (branch === this.branch) return this.updateChildren(changes);
    const before = this.tail();
    this.destroy(true);
    this.branch = branch;
    if (branch >= 0) mountNodes(node.b[branch][1], this, this.parents, this.ctx, this.scope, before, this.frags);
  }
}
