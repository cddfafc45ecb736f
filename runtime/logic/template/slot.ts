// `<slot>` in a component's template: the place its owner's children for that slot are mounted
// (see component.ts). It renders nothing itself: WeChat has no fallback content for slots.
import type { SlotNode } from '../../../spec/bundle.js';
import type { ComponentInstance } from '../component/instance.js';
import type { Changes } from './changes.js';
import { evaluate, type Parents, type RenderContext, type Scope } from './context.js';
import type { ElementFragment } from './element.js';
import { nextNode, walkAs, type Container, type Fragment } from './fragment.js';
import { FragmentList } from './fragment_list.js';

export class SlotFragment extends FragmentList implements Fragment, Container {
  declare readonly walkAs: 'slot';
  readonly el: number;
  /** The element the slot's children hang under in the composed tree. */
  readonly composedParent: ElementFragment | null;
  /** The slot's name ('' for the default slot). */
  readonly name: string;

  constructor(
    node: SlotNode,
    private readonly parent: Container,
    parents: Parents,
    private readonly ctx: RenderContext,
    scope: Scope,
    before: number,
  ) {
    super();
    this.el = parent.el;
    this.composedParent = parents.composed;
    const name = (this.name = typeof node.n === 'string' ? node.n : String(evaluate(node.n, ctx, scope) ?? ''));
    ctx.host?.attachSlot(this, name, before);
  }

  /** Whose nodes fill it: the owner of the component whose template has the slot. */
  get contentOwner(): ComponentInstance | null {
    return this.ctx.host?.ownerInstance ?? null;
  }

  tail(): number {
    return nextNode(this.parent, this.pos);
  }

  /** Its children belong to the component's owner, which updates them. */
  update(_changes: Changes): void {}

  override destroy(detach: boolean): void {
    this.ctx.host?.detachSlot(this, detach);
  }
}

walkAs(SlotFragment, 'slot');
