// What the devtools see of a running app: the page stack's trees as the logic thread holds them
// (elements, components with their templates' nodes, slots with what their owners put in them,
// virtual hosts) and the data of every page and component in them; and the devtools' own edits,
// which go through setData like the app's. Served only when the host inspects the app.
import type { InspectedComponent, InspectedNode, Inspection, JsonObject, JsonValue } from '../../../bridge/protocol.js';
import type { ComponentInstance } from '../component/instance.js';
import { PropType } from '../component/property.js';
import { logicConsole } from '../console.js';
import { getCurrentPages } from '../router.js';
import { ComponentFragment } from '../template/component.js';
import { ElementFragment } from '../template/element.js';
import type { Fragment } from '../template/fragment.js';
import { SlotFragment } from '../template/slot.js';
import { TextFragment } from '../template/text.js';
import { preview, type Budget } from './preview.js';

/** The most nodes an inspection holds… */
const MAX_NODES = 20000;
/** …and the most characters of JSON it spends on data and attributes (roughly). */
const DATA_BUDGET = 1024 * 1024;
/** Characters of a text node shown. */
const MAX_TEXT = 500;

const TYPE_NAMES: Record<PropType, string> = {
  [PropType.Any]: 'any',
  [PropType.String]: 'String',
  [PropType.Number]: 'Number',
  [PropType.Boolean]: 'Boolean',
  [PropType.Object]: 'Object',
  [PropType.Array]: 'Array',
  [PropType.Function]: 'Function',
};

/** Event binding flags (spec/bundle.ts EventFlags) as WXML writes them. */
const BIND_PREFIX = ['bind', 'catch', 'capture-bind', 'capture-catch', 'mut-bind', 'mut-bind', 'mut-bind', 'mut-bind'];

const ids = new WeakMap<ComponentInstance, number>();
let lastId = 0;
/** The instances the last inspection named: what `editData` may reach. */
let named = new Map<number, ComponentInstance>();

function idOf(inst: ComponentInstance): number {
  let id = ids.get(inst);
  if (id === undefined) ids.set(inst, (id = ++lastId));
  return id;
}

class Walk {
  nodes = 0;
  readonly budget: Budget = { left: DATA_BUDGET, spent: false };
  readonly components: InspectedComponent[] = [];
  readonly seen = new Map<number, ComponentInstance>();
  truncated = false;

  component(inst: ComponentInstance, host: ComponentFragment | null): number {
    const id = idOf(inst);
    if (this.seen.has(id)) return id;
    this.seen.set(id, inst);
    const def = inst.__def;
    const properties: Record<string, string> = {};
    for (const name in def.properties) properties[name] = TYPE_NAMES[def.properties[name].type] ?? 'any';
    const externalClasses: Record<string, string> = {};
    for (const name of def.externalClasses) externalClasses[name] = host?.externalClass(name) ?? '';
    const data = preview(inst.data, this.budget);
    this.components.push({
      id,
      is: inst.is,
      page: inst.__page === inst,
      elementId: inst.id,
      data: data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {},
      properties,
      externalClasses,
    });
    return id;
  }

  /** The nodes of a list of fragments; wx:if, wx:for and template calls are transparent. */
  children(frags: Fragment[], owner: number, out: InspectedNode[] = []): InspectedNode[] {
    for (const frag of frags) {
      if (this.nodes >= MAX_NODES) {
        this.truncated = true;
        break;
      }
      if (frag instanceof ComponentFragment) out.push(this.componentNode(frag, owner));
      else if (frag instanceof ElementFragment) out.push(this.element(frag, owner));
      else if (frag instanceof TextFragment) {
        this.nodes++;
        const text = frag.value;
        if (text.trim() !== '') out.push({ id: frag.id, kind: 'text', tag: '#text', text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text, owner });
      } else if (frag instanceof SlotFragment) {
        this.nodes++;
        // What is in a slot belongs to the component's owner.
        const content = frag.contentOwner;
        const slotOwner = content === null ? owner : this.component(content, content.__host as ComponentFragment | null);
        out.push({ id: 0, kind: 'slot', tag: 'slot', attrs: frag.name === '' ? {} : { name: frag.name }, owner, children: this.children(frag.frags, slotOwner) });
      } else {
        const inner = (frag as { frags?: Fragment[] }).frags;
        if (inner !== undefined) this.children(inner, owner, out);
      }
    }
    return out;
  }

  private attributes(element: ElementFragment): Record<string, JsonValue> {
    const attrs: Record<string, JsonValue> = {};
    for (const name of Object.keys(element.values)) {
      const value = preview(element.values[name], this.budget);
      if (value !== undefined) attrs[name] = value;
    }
    return attrs;
  }

  private events(element: ElementFragment): Record<string, string> | undefined {
    const bindings = element.node.e;
    if (bindings === undefined || bindings.length === 0) return undefined;
    const events: Record<string, string> = {};
    for (const [type, flags, handler] of bindings) {
      let name = '';
      if (typeof handler === 'string') name = handler;
      else {
        try {
          name = String(handler.f(element.ctx.data, element.scope) ?? '');
        } catch {
          name = '{{…}}';
        }
      }
      events[`${BIND_PREFIX[flags & 7] ?? 'bind'}:${type}`] = name;
    }
    return events;
  }

  private element(element: ElementFragment, owner: number): InspectedNode {
    this.nodes++;
    const node: InspectedNode = { id: element.el, kind: 'element', tag: element.node.t, attrs: this.attributes(element), owner };
    const events = this.events(element);
    if (events !== undefined) node.events = events;
    const children = this.children(element.frags, owner);
    if (children.length > 0) node.children = children;
    return node;
  }

  private componentNode(frag: ComponentFragment, owner: number): InspectedNode {
    this.nodes++;
    const component = this.component(frag.instance, frag);
    const node: InspectedNode = { id: frag.host.el, kind: 'component', tag: frag.node.t, attrs: this.attributes(frag.host), owner, component };
    const events = this.events(frag.host);
    if (events !== undefined) node.events = events;
    if (frag.host.el === 0) node.virtual = true;
    const children = this.children(frag.shadowFragments(), component);
    if (children.length > 0) node.children = children;
    return node;
  }
}

/** The page stack's trees and the data of their pages and components. */
export function inspect(): Inspection {
  const walk = new Walk();
  const pages = getCurrentPages().map((page) => {
    const id = walk.component(page, null);
    const frags = page.__view === null ? [] : (page.__view as unknown as { frags: Fragment[] }).frags;
    const root: InspectedNode = { id: page.root, kind: 'component', tag: 'page', owner: id, component: id, children: walk.children(frags, id) };
    return { route: page.route, root };
  });
  named = walk.seen;
  const inspection: Inspection = { pages, components: walk.components };
  if (walk.truncated || walk.budget.spent) inspection.truncated = true;
  return inspection;
}

/** The devtools edit a page's or component's data: its own setData, observers and all. */
export function editData(component: number, data: JsonObject): void {
  const inst = named.get(component);
  if (inst === undefined) {
    logicConsole.warn(`devtools: the component edited (${component}) is no longer on the page`);
    return;
  }
  try {
    inst.setData(data);
  } catch (error) {
    logicConsole.error(`devtools: setData on ${inst.is} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
