// Stamps: a wx:for whose body is plain elements and text (no wx:if, wx:for, template, slot or custom
// component inside) builds the same nodes for every item, with the same static attributes. Its
// operations are sent to the view once (Op.DefineStamp), and each item is then one Op.Stamp
// carrying only the item's node ids and texts, plus the bound attributes that are not empty.
//
// An item built this way keeps its values in one array rather than as a fragment per node. It
// makes its fragments when something needs them as fragments (an event on one of its elements,
// selectComponent, a selector query, the inspector); until then a change goes straight to the
// values that read it.
import { NodeKind, type ForNode, type TemplateNode, type TemplateValue } from '../../../spec/bundle.js';
import { createElement, createText, defineStamp, insert, recordStamp } from '../ops.js';
import type { ComponentDefinition } from '../component/definition.js';
import type { RenderContext } from './context.js';
import { reflected, sendValue, sentAlike } from './element.js';
import { itemReads } from './item_plan.js';
import { componentFor } from './mount.js';

/** A value the stamp does not carry, so each item sends its own: a binding, or a class list whose DOM form depends on the component's user. */
interface Slot {
  /** Its node: nodes are counted from 1 in the order they are created. */
  node: number;
  /** The attribute's index in the node's `a`, or -1 for the node's text. */
  attr: number;
  /** The attribute's name ('' for a text). */
  name: string;
  value: TemplateValue;
}

/** Stamps made, by loop node: one for each definition (and whether it is a page's) the loop was mounted by. */
const made = new WeakMap<ForNode, { def: ComponentDefinition; page: boolean; stamp: Stamp | null }[]>();

/** The body holds only elements of built-in components and text. */
function plain(nodes: TemplateNode[], ctx: RenderContext): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.k === NodeKind.Text) continue;
    if (node.k !== NodeKind.Element || componentFor(node, ctx) !== null) return false;
    if (node.c !== undefined && !plain(node.c, ctx)) return false;
  }
  return true;
}

export class Stamp {
  /** Its id in the view. */
  readonly id: number;
  /** How many nodes an item has. */
  readonly count: number;
  readonly slots: Slot[] = [];
  /** The item's top-level nodes, in order. */
  readonly roots: number[] = [];
  /** Which nodes are elements (events find them by id), by number. */
  readonly isElement: boolean[] = [];
  /** The slots that read each field of the item (`item.title` → under `title`). */
  private readonly fields = new Map<string, number[]>();
  /** The slots that read the item as a whole (any field's change reaches them). */
  readonly whole: number[] = [];

  /**
   * The stamp of a loop mounted in `ctx`, or null when its body is not plain. A stamp is made once
   * for each page or component definition, as it depends on nothing else; the body of a component
   * with generics (which may stand for a custom component in one instance and not in another) is
   * not stamped.
   */
  static of(node: ForNode, ctx: RenderContext): Stamp | null {
    if (ctx.host !== null && ctx.host.hasGenerics()) return null;
    const def = ctx.owner.__def;
    const page = ctx.owner.__page === ctx.owner;
    let known = made.get(node);
    if (known === undefined) made.set(node, (known = []));
    for (let i = 0; i < known.length; i++) if (known[i].def === def && known[i].page === page) return known[i].stamp;
    // An empty body renders nothing: its items need no stamp.
    const stamp = node.c.length > 0 && plain(node.c, ctx) ? new Stamp(node, ctx) : null;
    known.push({ def, page, stamp });
    return stamp;
  }

  private constructor(
    readonly node: ForNode,
    ctx: RenderContext,
  ) {
    const owner = ctx.owner;
    const ids: number[] = [0];
    const holes = new Set<number>();
    const build = (nodes: TemplateNode[], parent: number): void => {
      for (let i = 0; i < nodes.length; i++) {
        const child = nodes[i];
        const n = ids.length;
        let id: number;
        if (child.k === NodeKind.Text) {
          if (typeof child.v === 'string') id = createText(child.v);
          else {
            id = createText('');
            holes.add(id);
            this.slots.push({ node: n, attr: -1, name: '', value: child.v });
          }
          ids.push(id);
        } else {
          const element = child as Extract<TemplateNode, { k: NodeKind.Element }>;
          id = createElement(`wx-${element.t}`);
          ids.push(id);
          this.isElement[n] = true;
          const attrs = element.a ?? [];
          let hasClass = false;
          for (let j = 0; j < attrs.length; j++) {
            const name = attrs[j][0];
            const v = attrs[j][1];
            if (name === 'class') hasClass = true;
            if (typeof v === 'string' && sentAlike(name, v, owner)) {
              if (reflected(name)) sendValue(id, name, v, owner, true);
            } else this.slots.push({ node: n, attr: j, name, value: v });
          }
          if (!hasClass) sendValue(id, 'class', undefined, owner, false);
          if (element.c !== undefined) build(element.c, id);
        }
        if (parent !== 0) insert(parent, id, 0);
        else this.roots.push(n);
      }
    };
    const ops = recordStamp(() => build(node.c, 0), holes);
    this.count = ids.length - 1;
    this.id = defineStamp(ops);
    for (let s = 0; s < this.slots.length; s++) this.addReads(s, node.i);
  }

  private addReads(slot: number, itemName: string): void {
    const reads = itemReads(this.slots[slot].value, itemName);
    if (reads === null) return;
    if (reads === true) {
      this.whole.push(slot);
      return;
    }
    for (let i = 0; i < reads.length; i++) {
      const slots = this.fields.get(reads[i]);
      if (slots === undefined) this.fields.set(reads[i], [slot]);
      else slots.push(slot);
    }
  }

  /** The slots that read `field` of the item (see also `whole`). */
  reading(field: string): number[] | undefined {
    return this.fields.get(field);
  }
}
