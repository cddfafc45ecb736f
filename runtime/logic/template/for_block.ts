// wx:for: one item fragment per list entry. A change under one entry (`list[3].done`) updates that
// item alone; a new list is diffed by wx:key, reusing items and moving as few as possible.
import { NodeKind, type DataPath, type ForNode } from '../../../spec/bundle.js';
import { movedInstance } from '../component/lifecycle.js';
import { insert } from '../ops.js';
import { forEachComponent } from './component.js';
import { logicConsole } from '../console.js';
import { affected, overlaps, pathsOverlap, withoutScopeNames, type Changes } from './changes.js';
import { evaluate, type Parents, type RenderContext, type Scope } from './context.js';
import { nextNode, type Container, type Fragment } from './fragment.js';
import { FragmentList } from './fragment_list.js';
import { longestIncreasing } from './longest_increasing.js';
import { ItemPlan } from './item_plan.js';
import { componentFor, mountNodes } from './mount.js';
import { Stamp } from './stamp.js';
import { StampedItem } from './stamped_item.js';

/** The entries wx:for walks: arrays by index, objects by key, a number n as 0…n-1, a string by character. */
function entriesOf(list: unknown): { values: unknown[]; indices: (string | number)[] | null } {
  if (Array.isArray(list)) return { values: list, indices: null };
  if (typeof list === 'number') {
    const n = Number.isFinite(list) && list > 0 ? Math.floor(list) : 0;
    const values = new Array(n);
    for (let i = 0; i < n; i++) values[i] = i;
    return { values, indices: null };
  }
  if (typeof list === 'string') return { values: list.split(''), indices: null };
  if (list !== null && typeof list === 'object') {
    const keys = Object.keys(list);
    return { values: keys.map((k) => (list as Record<string, unknown>)[k]), indices: keys };
  }
  return { values: [], indices: null };
}

/** The entry a path segment addresses (`"12"` → 12), or -1 when it is not an index. */
function entryIndex(segment: string): number {
  const n = segment.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const digit = segment.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The entries one update addresses, each with the changed paths under it (whole, as setData gave them), in the order first addressed. */
class Targets {
  readonly indices: number[] = [];
  readonly paths: DataPath[][] = [];
  /** Position in `indices` by entry index (sparse). */
  private readonly slot: number[] = [];

  add(index: number, path: DataPath): void {
    const at = this.slot[index];
    if (at === undefined) {
      this.slot[index] = this.indices.length;
      this.indices.push(index);
      this.paths.push([path]);
    } else this.paths[at].push(path);
  }

  has(index: number): boolean {
    return this.slot[index] !== undefined;
  }
}

/** One entry of the list: the loop's children mounted with the entry as item. */
class ItemFragment extends FragmentList implements Fragment, Container {
  readonly el: number;

  constructor(
    private readonly list: ForFragment,
    readonly key: unknown,
    readonly scope: Scope,
  ) {
    super();
    this.el = list.el;
  }

  tail(): number {
    return nextNode(this.list, this.pos);
  }

  update(changes: Changes): void {
    this.updateChildren(changes);
  }

  /** A change of one field of the item alone (see item_plan.ts). */
  updateField(plan: ItemPlan, field: string): void {
    plan.update(this, field);
  }
}

type Item = ItemFragment | StampedItem;

/** The items, in list order, are its fragments. */
export class ForFragment extends FragmentList<Item> implements Fragment, Container {
  readonly el: number;
  private warnedDuplicateKey = false;
  /** Where a change of one item field lands, made at the first such change (null: the body is not plain). */
  private plan: ItemPlan | null | undefined;
  /** What builds each item when the body is plain (null: it is not), found at the first item. */
  private stamp: Stamp | null | undefined;

  constructor(
    private readonly node: ForNode,
    private readonly parent: Container,
    private readonly parents: Parents,
    private readonly ctx: RenderContext,
    private readonly scope: Scope,
    before: number,
  ) {
    super();
    this.el = parent.el;
    const { values, indices } = entriesOf(evaluate(node.l, ctx, scope));
    this.frags = this.createAll(values, indices, this.keysOf(values), before);
  }

  /** Items for every entry, in order, each before node `before`. */
  private createAll(values: unknown[], indices: (string | number)[] | null, keys: unknown[], before: number): Item[] {
    const items: Item[] = new Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const item = this.createItem(keys[i], values[i], indices ? indices[i] : i, before);
      item.pos = i;
      items[i] = item;
    }
    return items;
  }

  private keysOf(values: unknown[]): unknown[] {
    const keyName = this.node.key;
    const keys = new Array(values.length);
    if (keyName === undefined) {
      for (let i = 0; i < values.length; i++) keys[i] = i;
      return keys;
    }
    const seen = new Set<unknown>();
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const key = keyName === '*this' ? value : value === null || value === undefined ? undefined : (value as Record<string, unknown>)[keyName];
      // An item without the key's field (`wx:key="index"` over a list of plain values, as
      // libraries write it): the list is keyed by position, as WeChat does, without a warning.
      if (key === undefined && keyName !== '*this') {
        for (let j = 0; j < values.length; j++) keys[j] = j;
        return keys;
      }
      if (seen.has(key)) {
        if (!this.warnedDuplicateKey) {
          this.warnedDuplicateKey = true;
          logicConsole.warn(`Do not set same key "${String(key)}" in wx:key (in ${this.ctx.owner.is}).`);
        }
        for (let j = 0; j < values.length; j++) keys[j] = j;
        return keys;
      }
      seen.add(key);
      keys[i] = key;
    }
    return keys;
  }

  private createItem(key: unknown, value: unknown, index: string | number, before: number): Item {
    const scope: Scope = Object.create(this.scope);
    scope[this.node.i] = value;
    scope[this.node.x] = index;
    if (this.stamp === undefined) this.stamp = Stamp.of(this.node, this.ctx);
    if (this.stamp !== null) return new StampedItem(this.stamp, key, scope, this.ctx, this.parents, this.el, before);
    const item = new ItemFragment(this, key, scope);
    mountNodes(this.node.c, item, this.parents, this.ctx, scope, before, item.frags);
    return item;
  }

  tail(): number {
    return nextNode(this.parent, this.pos);
  }

  update(changes: Changes): void {
    const node = this.node;
    if (!affected(node, changes)) return;
    const lp = node.lp;
    if (lp === undefined) {
      if (affected(node.l, changes)) this.reconcile(changes);
      else this.patch(null, 0, changes);
      return;
    }
    // Split the changes on the list's side into: under one entry (targeted), the list itself
    // (a full diff), and unrelated to the list.
    const listSide = node.ls ? changes.s : changes.d;
    const rest: DataPath[] = [];
    const targets = new Targets();
    let full = false;
    const count = this.frags.length;
    const at = lp.length;
    const key = node.key;
    const one = at === 1 ? lp[0] : null;
    for (let i = 0; i < listSide.length; i++) {
      const path = listSide[i];
      if (one !== null ? path[0] !== one : !pathsOverlap(path, lp)) {
        rest.push(path);
        continue;
      }
      if (path.length <= at) {
        full = true;
        continue;
      }
      const index = entryIndex(path[at]);
      const keyMayChange = key !== undefined && (path.length === at + 1 || (key !== '*this' && path[at + 1] === key));
      if (index < 0 || index >= count || keyMayChange) {
        full = true;
        continue;
      }
      targets.add(index, path);
    }
    const others: Changes = node.ls ? { d: changes.d, s: rest } : { d: rest, s: changes.s };
    if (full) this.reconcile(others);
    else this.patch(targets, at, others);
  }

  /**
   * Updates items in place: the targeted ones with their own changes (paths whose segment `at` is
   * the entry's index), all with `others`.
   */
  private patch(targets: Targets | null, at: number, others: Changes): void {
    const node = this.node;
    const items = this.frags;
    const outerScope = withoutScopeNames(others.s, node.i, node.x);
    const othersReachItems = overlaps(node.bd, others.d) || overlaps(node.bs, outerScope);
    const targeted = targets === null ? 0 : targets.indices.length;
    if (targeted > 0) {
      const list = evaluate(node.l, this.ctx, this.scope);
      // Entries are addressed by index only in arrays; anything else is diffed whole.
      if (!Array.isArray(list) || list.length !== items.length) return this.reconcile(others);
      const { indices, paths } = targets!;
      // Alone, a change of one field of an item goes straight to the bindings reading that field.
      const plan = others.d.length === 0 && outerScope.length === 0 ? this.itemPlan() : null;
      for (let t = 0; t < targeted; t++) {
        const index = indices[t];
        const item = items[index];
        item.scope[node.i] = list[index];
        const under = paths[t];
        if (plan !== null && under.length === 1 && under[0].length > at + 1) {
          item.updateField(plan, under[0][at + 1]);
          continue;
        }
        // The paths as the item sees them: under its item variable.
        const subs: DataPath[] = outerScope.slice();
        for (let p = 0; p < under.length; p++) {
          const sub = [node.i];
          for (let k = at + 1; k < under[p].length; k++) sub.push(under[p][k]);
          subs.push(sub);
        }
        item.update({ d: others.d, s: subs });
      }
    }
    if (!othersReachItems) return;
    const changes: Changes = { d: others.d, s: outerScope };
    for (let i = 0; i < items.length; i++) {
      if (targeted === 0 || !targets!.has(i)) items[i].update(changes);
    }
  }

  private itemPlan(): ItemPlan | null {
    if (this.plan === undefined) {
      const ctx = this.ctx;
      this.plan = ItemPlan.of(this.node.c, this.node.i, (node) => node.k === NodeKind.Element && componentFor(node, ctx) !== null);
    }
    return this.plan;
  }

  /** Diffs the new list against the items by key: removes, creates, moves, then updates. */
  private reconcile(others: Changes): void {
    const node = this.node;
    const { values, indices } = entriesOf(evaluate(node.l, this.ctx, this.scope));
    const keys = this.keysOf(values);
    const old = this.frags;
    if (old.length === 0) {
      // All new (a list's first setData): built in order, each before the node after the loop.
      this.frags = this.createAll(values, indices, keys, this.tail());
      return;
    }
    const n = values.length;
    const byKey = new Map<unknown, Item>();
    for (let i = 0; i < old.length; i++) byKey.set(old[i].key, old[i]);

    const next: (Item | undefined)[] = new Array(n);
    const sources: number[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const item = byKey.get(keys[i]);
      if (item !== undefined) {
        byKey.delete(keys[i]);
        next[i] = item;
        sources[i] = item.pos;
      } else {
        sources[i] = -1;
      }
    }
    for (const item of byKey.values()) item.destroy(true);

    // Walk backwards placing each item before the one after it; items on the longest run that
    // kept their relative order stay where they are.
    const stay = longestIncreasing(sources);
    let s = stay.length - 1;
    let before = this.tail();
    const moving: number[] = [];
    for (let i = n - 1; i >= 0; i--) {
      let item = next[i];
      if (item === undefined) {
        item = this.createItem(keys[i], values[i], indices ? indices[i] : i, before);
        next[i] = item;
      } else if (s >= 0 && stay[s] === i) {
        s--;
      } else {
        moving.length = 0;
        item.roots(moving);
        for (let j = 0; j < moving.length; j++) insert(this.el, moving[j], before);
        if (!(item instanceof StampedItem)) for (const frag of item.frags) forEachComponent(frag, (component) => movedInstance(component.instance));
      }
      const first = item.first();
      if (first !== 0) before = first;
    }
    const items = next as Item[];
    for (let i = 0; i < n; i++) items[i].pos = i;
    this.frags = items;

    // Reused items: their entry may differ in any way, and their index may have moved.
    const outerScope = withoutScopeNames(others.s, node.i, node.x);
    for (let i = 0; i < n; i++) {
      if (sources[i] < 0) continue;
      const item = items[i];
      const index = indices ? indices[i] : i;
      const paths: DataPath[] = outerScope.concat([[node.i]]);
      if (item.scope[node.x] !== index) {
        item.scope[node.x] = index;
        paths.push([node.x]);
      }
      item.scope[node.i] = values[i];
      item.update({ d: others.d, s: paths });
    }
  }
}
