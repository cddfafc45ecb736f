// A custom component where its owner's template uses it: its node (the host element, unless
// `virtualHost`), its instance, the property values its owner passes, and its template. The
// children its owner writes inside its tag are the owner's nodes; they are mounted where the
// component's template puts the matching `<slot>` (by `slot` name with `multipleSlots`, else all
// in the one slot), and they stay bound to the owner.
import type { DataPath, ElementNode, TemplateNode, TemplateValue } from '../../../spec/bundle.js';
import { NodeKind } from '../../../spec/bundle.js';
import { copyData } from '../data_path.js';
import { datasetOf } from '../dataset.js';
import { logicConsole } from '../console.js';
import { ComponentDefinition } from '../component/definition.js';
import { ComponentInstance, updateInstance, type DataWrite, type InstanceHost } from '../component/instance.js';
import { detachInstance, holdLifetimes, queueAttach, queueReady, releaseLifetimes } from '../component/lifecycle.js';
import { configOf } from '../component/registry.js';
import type { ExternalClassSource } from '../component/style_scope.js';
import { setAttribute } from '../ops.js';
import type { AncestorWalk } from '../component/relations.js';
import { dispatchComponentEvent } from '../events.js';
import { affected, type Changes } from './changes.js';
import { evaluate, type Parents, type RenderContext, type Scope } from './context.js';
import { ElementFragment } from './element.js';
import { syntheticFile, templateFile } from './files.js';
import { nextNode, walkAs, type Container, type Fragment } from './fragment.js';
import { mountNodes } from './mount.js';
import { TemplateRoot } from './root.js';
import type { SlotFragment } from './slot.js';
import { elementsOf } from './walk.js';

/** Attributes of a component's tag that belong to its node rather than to the component. */
function hostAttribute(name: string): boolean {
  return name === 'class' || name === 'style' || name === 'id' || name === 'slot' || name === 'hidden' || name.startsWith('data-') || name.startsWith('mark:');
}

/** `loading-text` → `loadingText`: attribute names are property names in kebab case. */
function propertyName(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Children written inside the tag that go to one slot. */
interface LightGroup {
  nodes: TemplateNode[];
  frags: Fragment[];
  slot: SlotFragment | null;
}

export class ComponentFragment implements Fragment, InstanceHost, AncestorWalk, ExternalClassSource {
  declare readonly walkAs: 'component';
  pos = 0;
  /** The component's node in the owner's tree (a virtual one, without a DOM node, for `virtualHost`). */
  host!: ElementFragment;
  instance!: ComponentInstance;
  private shadow!: TemplateRoot;
  private readonly groups = new Map<string, LightGroup>();
  /** The first `<slot>` rendered, which alone takes children without `multipleSlots`. */
  private singleSlot: SlotFragment | null = null;
  private warnedSlots = new Set<string>();
  /** Attributes passed to properties: [attribute, property, value]. */
  private readonly props: [string, string, TemplateValue][] = [];
  private readonly generics: Record<string, string | null> = {};
  /** The external classes its owner gives it: [name, value as written, current value]. */
  private readonly externals: [string, TemplateValue, string][] = [];

  constructor(
    readonly node: ElementNode,
    def: ComponentDefinition,
    private readonly parent: Container,
    parents: Parents,
    /** The owner's context: the template the component's tag is written in. */
    private readonly ctx: RenderContext,
    private readonly scope: Scope,
    before: number,
  ) {
    holdLifetimes();
    try {
      this.build(def, parents, before);
    } finally {
      releaseLifetimes();
    }
  }

  private build(def: ComponentDefinition, parents: Parents, before: number): void {
    const { node, ctx, scope, parent } = this;
    const virtual = def.options.virtualHost;
    this.host = new ElementFragment(node, ctx, scope, parents, virtual ? null : node.t, hostAttribute);
    this.host.component = this;
    const inst = (this.instance = new ComponentInstance(def, ctx.owner.__page));
    inst.__host = this;
    inst.id = this.host.values.id === undefined || this.host.values.id === null ? '' : String(this.host.values.id);
    inst.dataset = datasetOf(this.host);
    queueAttach(inst);
    inst.__lifetime('created');

    const writes: DataWrite[] = [];
    for (const [name, value] of node.a ?? []) {
      if (hostAttribute(name)) continue;
      if (name.startsWith('generic:')) {
        const tag = typeof value === 'string' ? value : String(evaluate(value, ctx, scope));
        this.generics[name.slice(8)] = configOf(ctx.owner.is).using?.[tag] ?? null;
        continue;
      }
      if (def.externalClasses.includes(name)) {
        this.externals.push([name, value, this.externalValue(value)]);
        continue;
      }
      const prop = propertyName(name);
      if (!(prop in def.properties)) continue;
      this.props.push([name, prop, value]);
      writes.push({ path: [prop], value: copyData(typeof value === 'string' ? value : evaluate(value, ctx, scope)) });
    }
    for (const [name, defaultPath] of Object.entries(configOf(def.is).generics ?? {})) {
      if (!(name in this.generics)) this.generics[name] = defaultPath;
    }
    this.bindModels(node.m ?? []);
    updateInstance(inst, writes, true);

    this.groupChildren(def, node.c ?? []);
    let file = templateFile(`${def.is}.wxml`);
    if (file === undefined) {
      logicConsole.warn(`Component "${def.is}" has no template.`);
      file = syntheticFile(`${def.is}.wxml`, []);
    }
    const shadowCtx: RenderContext = { data: inst.__renderData, owner: inst, host: this, file };
    this.shadow = virtual
      ? new TemplateRoot(parent.el, file.nodes, shadowCtx, file.scope, { composed: parents.composed, shadow: null }, before, () => nextNode(parent, this.pos))
      : new TemplateRoot(this.host.el, file.nodes, shadowCtx, file.scope, { composed: this.host, shadow: null });
    inst.__view = this.shadow;
    const styleScope = configOf(def.is).style?.scope;
    if (!virtual && styleScope !== undefined) setAttribute(this.host.el, 'wx-host', styleScope);
    this.host.attach(parent, before);
    queueReady(inst);
  }

  private externalValue(value: TemplateValue): string {
    const v = typeof value === 'string' ? value : evaluate(value, this.ctx, this.scope);
    return v === undefined || v === null || v === false ? '' : String(v);
  }

  externalClass(name: string): string | undefined {
    for (const [n, , value] of this.externals) if (n === name) return value;
    return undefined;
  }

  get ownerInstance(): ComponentInstance {
    return this.ctx.owner;
  }


  /** `model:prop="{{ path }}"`: when the component changes the property, the owner's data follows. */
  private bindModels(models: [string, DataPath][]): void {
    for (const [attribute, path] of models) {
      const prop = propertyName(attribute);
      if (!(prop in this.instance.__def.properties)) continue;
      const owner = this.ctx.owner;
      (this.instance.__models ??= {})[prop] = (value) => updateInstance(owner, [{ path: path.slice(), value: copyData(value) }], false);
    }
  }

  /** Whether its definition or its user names generics, which its template's tags may stand for. */
  hasGenerics(): boolean {
    for (const _ in this.generics) return true;
    return false;
  }

  /** The component path a generic tag (`componentGenerics`) stands for: undefined when it is not one. */
  genericPath(tag: string): string | null | undefined {
    return tag in this.generics ? this.generics[tag] : undefined;
  }

  private groupChildren(def: ComponentDefinition, nodes: TemplateNode[]): void {
    const multiple = def.options.multipleSlots;
    for (const node of nodes) {
      const name = multiple ? this.slotOf(node) : '';
      let group = this.groups.get(name);
      if (group === undefined) this.groups.set(name, (group = { nodes: [], frags: [], slot: null }));
      group.nodes.push(node);
    }
  }

  /** The slot a child goes to: its `slot` attribute (on the first element of a wx:if or wx:for). */
  private slotOf(node: TemplateNode): string {
    let value: TemplateValue | undefined;
    if (node.k === NodeKind.Element) value = node.a?.find(([name]) => name === 'slot')?.[1];
    else if (node.k === NodeKind.Slot) value = node.slot;
    else if (node.k === NodeKind.If) return node.b[0] && node.b[0][1][0] ? this.slotOf(node.b[0][1][0]) : '';
    else if (node.k === NodeKind.For) return node.c[0] ? this.slotOf(node.c[0]) : '';
    if (value === undefined) return '';
    return typeof value === 'string' ? value : String(evaluate(value, this.ctx, this.scope) ?? '');
  }

  /** A `<slot>` of this component's template was mounted: the children for it go there. */
  attachSlot(slot: SlotFragment, name: string, before: number): void {
    if (!this.instance.__def.options.multipleSlots) {
      if (this.singleSlot !== null && this.singleSlot !== slot) return;
      this.singleSlot = slot;
      name = '';
    }
    const group = this.groups.get(name);
    if (group === undefined) return;
    if (group.slot !== null) {
      if (!this.warnedSlots.has(name)) {
        this.warnedSlots.add(name);
        logicConsole.warn(`More than one slot named "${name}" are found inside a single component instance (in ${this.instance.is}).`);
      }
      return;
    }
    group.slot = slot;
    slot.frags = group.frags;
    mountNodes(group.nodes, slot, { composed: slot.composedParent, shadow: this.host }, this.ctx, this.scope, before, group.frags);
  }

  /** A `<slot>` went away: the children in it are destroyed with it. */
  detachSlot(slot: SlotFragment, detach: boolean): void {
    if (this.singleSlot === slot) this.singleSlot = null;
    for (const group of this.groups.values()) {
      if (group.slot !== slot) continue;
      for (const frag of group.frags) frag.destroy(detach);
      group.frags.length = 0;
      group.slot = null;
    }
    slot.frags = [];
  }

  dispatch(name: string, detail: unknown, options: { bubbles?: boolean; composed?: boolean; capturePhase?: boolean }): void {
    dispatchComponentEvent(this.host, name, detail, options);
  }

  ancestorInstances(): ComponentInstance[] {
    const out: ComponentInstance[] = [];
    let element: ElementFragment = this.host;
    for (;;) {
      const parent = element.shadowParent;
      if (parent !== null) {
        if (parent.component !== null) out.push(parent.component.instance);
        element = parent;
        continue;
      }
      const owner = element.ctx.owner;
      const host = owner.__host as ComponentFragment | null;
      if (host === null) return out;
      out.push(owner);
      element = host.host;
    }
  }

  update(changes: Changes): void {
    const node = this.node;
    if (!affected(node, changes)) return;
    this.host.update(changes);
    const writes: DataWrite[] = [];
    for (const [, prop, value] of this.props) {
      if (typeof value === 'string' || !affected(value, changes)) continue;
      writes.push({ path: [prop], value: copyData(evaluate(value, this.ctx, this.scope)) });
    }
    if (writes.length > 0) {
      this.instance.id = this.host.values.id === undefined || this.host.values.id === null ? '' : String(this.host.values.id);
      updateInstance(this.instance, writes, true);
    }
    this.instance.dataset = datasetOf(this.host);
    let externalsChanged = false;
    for (const external of this.externals) {
      if (typeof external[1] === 'string' || !affected(external[1], changes)) continue;
      const value = this.externalValue(external[1]);
      if (value !== external[2]) {
        external[2] = value;
        externalsChanged = true;
      }
    }
    if (externalsChanged) for (const element of elementsOf(this.shadow.frags, true)) element.refreshClasses();
    for (const group of this.groups.values()) for (const frag of group.frags) frag.update(changes);
  }

  first(): number {
    return this.host.el !== 0 ? this.host.el : this.shadow.first();
  }

  roots(out: number[]): void {
    if (this.host.el !== 0) out.push(this.host.el);
    else this.shadow.roots(out);
  }

  /** The fragments of the children its owner gave it (mounted in its slots). */
  lightFragments(): Fragment[] {
    const out: Fragment[] = [];
    for (const group of this.groups.values()) out.push(...group.frags);
    return out;
  }

  /** The fragments its own template rendered. */
  shadowFragments(): Fragment[] {
    return this.shadow.frags;
  }

  /** Calls `visit` for this component and every component in the children its owner gave it. */
  forEachComponent(visit: (component: ComponentFragment) => void): void {
    visit(this);
    for (const group of this.groups.values()) for (const frag of group.frags) forEachComponent(frag, visit);
  }

  destroy(detach: boolean): void {
    const virtual = this.host.el === 0;
    for (const group of this.groups.values()) {
      for (const frag of group.frags) frag.destroy(detach && virtual);
      group.frags.length = 0;
      group.slot = null;
    }
    this.shadow.destroy(detach && virtual);
    this.instance.__view = null;
    detachInstance(this.instance);
    this.host.destroy(detach);
  }
}

/** Calls `visit` for every component in a fragment of one owner's tree (not inside their templates). */
export function forEachComponent(frag: Fragment, visit: (component: ComponentFragment) => void): void {
  if (frag.walkAs === 'plain') return;
  if (frag instanceof ComponentFragment) {
    frag.forEachComponent(visit);
    return;
  }
  const children = (frag as { frags?: Fragment[] }).frags;
  if (children !== undefined) for (const child of children) forEachComponent(child, visit);
}

walkAs(ComponentFragment, 'component');
