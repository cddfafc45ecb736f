// One item of a wx:for built by a stamp (stamp.ts): its nodes are ids counted from its first, its
// values one array in the stamp's slot order. It makes its fragments (elements and texts that take
// over its nodes, sending nothing) the first time they are asked for; from then on it is a plain
// list of them.
import { NodeKind, type Binding, type TemplateNode } from '../../../spec/bundle.js';
import { remove, setText, stamp as stampItem } from '../ops.js';
import { affected, type Changes } from './changes.js';
import { evaluate, interpolated, type Parents, type RenderContext, type Scope } from './context.js';
import { ElementFragment, reflected, sendValue } from './element.js';
import { registerStamped, unregisterStamped } from './elements.js';
import { firstNode, walkAs, type Fragment } from './fragment.js';
import type { ItemPlan } from './item_plan.js';
import type { Stamp } from './stamp.js';
import { TextFragment } from './text.js';

/** The texts of the item being built, handed to its Op.Stamp (one array for all items). */
const TEXTS: string[] = [];

export class StampedItem implements Fragment {
  declare readonly walkAs: 'plain';
  pos = 0;
  /** Node n of the stamp has id `base + n`. */
  private readonly base: number;
  /** The current value of each of the stamp's slots (a text's as rendered). */
  private readonly values: unknown[];
  /** Its fragments, once made. */
  private made: Fragment[] | null = null;

  constructor(
    private readonly stamp: Stamp,
    readonly key: unknown,
    readonly scope: Scope,
    private readonly ctx: RenderContext,
    private readonly parents: Parents,
    parent: number,
    before: number,
  ) {
    const slots = stamp.slots;
    const values = new Array(slots.length);
    const texts = TEXTS;
    texts.length = 0;
    for (let s = 0; s < slots.length; s++) {
      const slot = slots[s];
      const v = slot.value;
      const value = typeof v === 'string' ? v : evaluate(v, ctx, scope);
      if (slot.attr < 0) {
        const text = interpolated(value);
        values[s] = text;
        texts.push(text);
      } else values[s] = value;
    }
    this.values = values;
    const base = stampItem(stamp.id, stamp.count, parent, before, texts) - 1;
    this.base = base;
    for (let s = 0; s < slots.length; s++) {
      const slot = slots[s];
      if (slot.attr >= 0 && reflected(slot.name)) sendValue(base + slot.node, slot.name, values[s], ctx.owner, true);
    }
    registerStamped(base + 1, this);
  }

  /** Whether node `id` is one of its elements (elements.ts asks, for an event). */
  holds(id: number): boolean {
    const n = id - this.base;
    return this.made === null && n >= 1 && n <= this.stamp.count && this.stamp.isElement[n] === true;
  }

  /** Its fragments, made now if they were not. */
  get frags(): Fragment[] {
    return this.made ?? this.materialize();
  }

  /** Makes the fragments of its nodes, in the shape the loop body gives them. */
  materialize(): Fragment[] {
    if (this.made !== null) return this.made;
    const { ctx, scope, values, base } = this;
    const slots = this.stamp.slots;
    let n = 0;
    let s = 0;
    const build = (nodes: TemplateNode[], parents: Parents, out: Fragment[]): void => {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        const id = base + ++n;
        let frag: Fragment;
        if (node.k === NodeKind.Text) {
          frag = new TextFragment(node, ctx, scope, { id, text: typeof node.v === 'string' ? node.v : (values[s++] as string) });
        } else if (node.k === NodeKind.Element) {
          const attrs = node.a ?? [];
          const own: unknown[] = new Array(attrs.length);
          for (let j = 0; j < attrs.length; j++) {
            if (s < slots.length && slots[s].node === n && slots[s].attr === j) own[j] = values[s++];
            else own[j] = attrs[j][1];
          }
          const element = new ElementFragment(node, ctx, scope, parents, { id, values: own });
          if (node.c !== undefined) build(node.c, { composed: element, shadow: element }, element.frags);
          frag = element;
        } else {
          throw new Error('a stamped item holds only elements and text');
        }
        frag.pos = out.length;
        out.push(frag);
      }
    };
    const frags: Fragment[] = [];
    build(this.stamp.node.c, this.parents, frags);
    this.made = frags;
    // Its elements are found as fragments now (they registered themselves).
    unregisterStamped(this.base + 1);
    return frags;
  }

  update(changes: Changes): void {
    if (this.made !== null) {
      for (let i = 0; i < this.made.length; i++) this.made[i].update(changes);
      return;
    }
    const slots = this.stamp.slots;
    for (let s = 0; s < slots.length; s++) {
      const v = slots[s].value;
      if (typeof v !== 'string' && affected(v, changes)) this.refresh(s);
    }
  }

  /** A change of one field of the item: to the values that read it (see item_plan.ts). */
  updateField(plan: ItemPlan, field: string): void {
    if (this.made !== null) {
      plan.update(this, field);
      return;
    }
    const some = this.stamp.reading(field);
    if (some !== undefined) for (let i = 0; i < some.length; i++) this.refresh(some[i]);
    const whole = this.stamp.whole;
    for (let i = 0; i < whole.length; i++) this.refresh(whole[i]);
  }

  /** Re-evaluates slot `s` and sends its value if it changed (an object always: it may have changed inside). */
  private refresh(s: number): void {
    const slot = this.stamp.slots[s];
    const value = evaluate(slot.value as Binding, this.ctx, this.scope);
    const id = this.base + slot.node;
    if (slot.attr < 0) {
      const text = interpolated(value);
      if (text !== this.values[s]) {
        this.values[s] = text;
        setText(id, text);
      }
      return;
    }
    const old = this.values[s];
    if (value === old && (value === null || typeof value !== 'object')) return;
    this.values[s] = value;
    if (reflected(slot.name)) sendValue(id, slot.name, value, this.ctx.owner, true);
  }

  first(): number {
    return this.made !== null ? firstNode(this.made) : this.base + this.stamp.roots[0];
  }

  roots(out: number[]): void {
    if (this.made !== null) {
      for (let i = 0; i < this.made.length; i++) this.made[i].roots(out);
      return;
    }
    const roots = this.stamp.roots;
    for (let i = 0; i < roots.length; i++) out.push(this.base + roots[i]);
  }

  destroy(detach: boolean): void {
    if (this.made !== null) {
      for (let i = 0; i < this.made.length; i++) this.made[i].destroy(detach);
      this.made = [];
      return;
    }
    if (detach) {
      const roots = this.stamp.roots;
      for (let i = 0; i < roots.length; i++) remove(this.base + roots[i]);
    }
    unregisterStamped(this.base + 1);
  }
}

walkAs(StampedItem, 'plain');
