// Where a change under one wx:for item lands. A setData of `items[3].title` reaches the item as the
// scope path `item.title`; walking the item's tree and testing every element's summary against it
// is most of the work of a list-wide update (`items[i].title` for every i). When the loop's body is
// plain elements and text (no wx:if, wx:for, template, slot or custom component inside), its shape
// is the same in every item, so the bindings that read each field of the item are listed once per
// loop, by their place in the item's fragments, and a change of one field goes straight to them.
import { NodeKind, type Binding, type TemplateNode, type TemplateValue } from '../../../spec/bundle.js';
import type { ElementFragment } from './element.js';
import type { Fragment } from './fragment.js';
import type { TextFragment } from './text.js';

/** A binding in an item: the child indices from the item down to its fragment, and which attribute (-1: the text). */
interface Leaf {
  route: number[];
  attr: number;
}

/** Walks an item's fragments along a route (the tree's shape is the loop body's). */
function fragmentAt(item: { frags: Fragment[] }, route: number[]): Fragment {
  let frag = item.frags[route[0]];
  for (let i = 1; i < route.length; i++) frag = (frag as ElementFragment).frags[route[i]];
  return frag;
}

function refresh(item: { frags: Fragment[] }, leaf: Leaf): void {
  const frag = fragmentAt(item, leaf.route);
  if (leaf.attr < 0) (frag as TextFragment).refresh();
  else (frag as ElementFragment).refreshAttribute(leaf.attr);
}

/**
 * What of the item a value reads: true for the item as a whole (`{{ item }}`, `item[key]`), else
 * the fields it reads under it (`item.title` → `title`), each once; null for none.
 */
export function itemReads(value: TemplateValue, itemName: string): true | string[] | null {
  if (typeof value === 'string') return null;
  const reads = (value as Binding).s;
  if (reads === undefined) return null;
  const fields: string[] = [];
  for (let i = 0; i < reads.length; i++) {
    const path = reads[i];
    if (path[0] !== itemName) continue;
    if (path.length === 1) return true;
    if (!fields.includes(path[1])) fields.push(path[1]);
  }
  return fields;
}

export class ItemPlan {
  /** Bindings by the item field they read (`item.title` → under `title`). */
  private readonly fields = new Map<string, Leaf[]>();
  /** Bindings that read the item as a whole (`{{ item }}`, `item[key]`): any field's change reaches them. */
  private readonly whole: Leaf[] = [];

  private constructor(private readonly itemName: string) {}

  /**
   * The plan of a loop body, or null when it holds anything but plain elements and text.
   * `isComponent` tells whether an element's tag is a custom component where the loop is mounted.
   */
  static of(body: TemplateNode[], itemName: string, isComponent: (node: TemplateNode) => boolean): ItemPlan | null {
    const plan = new ItemPlan(itemName);
    return plan.add(body, [], isComponent) ? plan : null;
  }

  private add(nodes: TemplateNode[], route: number[], isComponent: (node: TemplateNode) => boolean): boolean {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const at = route.concat(i);
      if (node.k === NodeKind.Text) {
        this.addValue(node.v, at, -1);
      } else if (node.k === NodeKind.Element) {
        if (isComponent(node)) return false;
        const attrs = node.a;
        if (attrs !== undefined) for (let j = 0; j < attrs.length; j++) this.addValue(attrs[j][1], at, j);
        if (node.c !== undefined && !this.add(node.c, at, isComponent)) return false;
      } else {
        return false;
      }
    }
    return true;
  }

  private addValue(value: TemplateValue, route: number[], attr: number): void {
    const reads = itemReads(value, this.itemName);
    if (reads === null) return;
    const leaf: Leaf = { route, attr };
    if (reads === true) {
      this.whole.push(leaf);
      return;
    }
    for (let i = 0; i < reads.length; i++) {
      const leaves = this.fields.get(reads[i]);
      if (leaves === undefined) this.fields.set(reads[i], [leaf]);
      else leaves.push(leaf);
    }
  }

  /**
   * Re-evaluates the bindings that read `field` of the item (or the whole item), the change being
   * under that field. A binding reading another path under the same field evaluates to what it
   * was and sends nothing (an object value is sent again, as after any change it may have seen).
   */
  update(item: { frags: Fragment[] }, field: string): void {
    const leaves = this.fields.get(field);
    if (leaves !== undefined) for (let i = 0; i < leaves.length; i++) refresh(item, leaves[i]);
    const whole = this.whole;
    for (let i = 0; i < whole.length; i++) refresh(item, whole[i]);
  }
}
