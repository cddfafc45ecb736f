// An element: its attributes (static or bound), its event bindings and its children. A custom
// component's node is an element too (its host), holding only the attributes that belong to the
// node; the component fragment handles the rest.
import type { JsonValue } from '../../../bridge/protocol.js';
import type { ElementNode } from '../../../spec/bundle.js';
import { scopedClasses } from '../component/style_scope.js';
import { createElement, insert, remove, removeAttribute, setAttribute, setClass } from '../ops.js';
import { affected, type Changes } from './changes.js';
import type { ComponentInstance } from '../component/instance.js';
import type { ComponentFragment } from './component.js';
import { evaluate, type Parents, type RenderContext, type Scope } from './context.js';
import { registerElement, unregisterElement } from './elements.js';
import { walkAs, type Container, type Fragment } from './fragment.js';
import { mountNodes } from './mount.js';

/** Attributes that live only in the logic thread (dataset and marks): the view never sees them. */
export function reflected(name: string): boolean {
  return !name.startsWith('data-') && !name.startsWith('mark:');
}

/** Every attribute of a built-in component's element belongs to it. */
const ALL_ATTRIBUTES = (): boolean => true;

/** An attribute value as the view receives it. */
function toJson(value: unknown): JsonValue {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return String(value);
    case 'object':
      return value as JsonValue;
    default:
      return null;
  }
}

/**
 * Whether a name starts with `on` in any case: the render layer refuses such attributes (they
 * would be inline handlers in a browser). Tested by character, as this runs for every attribute.
 */
function isHandlerName(name: string): boolean {
  return (name.charCodeAt(0) | 32) === 111 && (name.charCodeAt(1) | 32) === 110;
}

function sendAttribute(id: number, name: string, value: unknown): void {
  // Such an attribute (Skyline's `onGestureEvent` worklet callback) stays in the logic thread:
  // selectors and the component read it here, the DOM never gets it.
  if (isHandlerName(name)) return;
  if (value === undefined || value === null || value === false) removeAttribute(id, name);
  else setAttribute(id, name, toJson(value));
}

/** Attributes that hold class names: scoped like `class` (style isolation, external classes). */
const CLASS_ATTRIBUTES: ReadonlySet<string> = new Set(['class', 'hover-class', 'placeholder-class', 'indicator-class', 'mask-class']);

/**
 * Sends an attribute's value to the view of element `el` written in `owner`'s template; a class
 * list in its DOM form when that differs. `declared`: the node has the attribute (a class list it
 * lacks is sent only when the DOM form is not empty: its scope's marker class).
 */
export function sendValue(el: number, name: string, value: unknown, owner: ComponentInstance, declared: boolean): void {
  if (!CLASS_ATTRIBUTES.has(name) || (name !== 'class' && value === 'none')) {
    sendAttribute(el, name, value);
    return;
  }
  const written = value === undefined || value === null || value === false ? null : String(value);
  const scoped = scopedClasses(written ?? '', owner, name === 'class');
  if (scoped === null || (written === null && scoped === '')) {
    if (written !== null || declared) sendAttribute(el, name, value);
  } else setClass(el, name, written, scoped);
}

/**
 * Whether a static value of attribute `name` is sent the same way by every element of `owner`'s
 * template: anything but a class list naming an external class or a `~`/`^` class, whose DOM form
 * depends on the component's user.
 */
export function sentAlike(name: string, value: string, owner: ComponentInstance): boolean {
  return !CLASS_ATTRIBUTES.has(name) || (owner.__def.externalClasses.length === 0 && value.indexOf('~') < 0 && value.indexOf('^') < 0);
}

/** An element built by a stamp (stamp.ts), taken over by its fragment: its node id and its attributes' values. */
export interface Adopted {
  id: number;
  values: unknown[];
}

export class ElementFragment implements Fragment, Container {
  declare readonly walkAs: 'element';
  pos = 0;
  /** The node id of this element (it is also the container of its children). */
  readonly el: number;
  frags: Fragment[] = [];
  /** Current attribute values, as the expressions produced them. */
  readonly values: Record<string, unknown> = {};
  /** When the element is a custom component's node: that component. */
  component: ComponentFragment | null = null;
  readonly composedParent: ElementFragment | null;
  readonly shadowParent: ElementFragment | null;

  constructor(
    readonly node: ElementNode,
    readonly ctx: RenderContext,
    readonly scope: Scope,
    parents: Parents,
    /**
     * The element's DOM tag (`wx-view`, `van-button`); null for a virtual host, which has no DOM
     * node; an element a stamp built, whose values were sent.
     */
    tag: string | null | Adopted,
    /** Which of the node's attributes belong to this element. */
    private readonly owns: (name: string) => boolean = ALL_ATTRIBUTES,
  ) {
    this.composedParent = parents.composed;
    this.shadowParent = parents.shadow;
    const adopted = tag !== null && typeof tag === 'object' ? tag : null;
    this.el = tag === null ? 0 : adopted !== null ? adopted.id : createElement(tag as string);
    const sending = this.el !== 0 && adopted === null;
    const attrs = node.a;
    if (attrs !== undefined) {
      for (let i = 0; i < attrs.length; i++) {
        // Index access: QuickJS destructures an array through its iterator, several times slower.
        const attr = attrs[i];
        const name = attr[0];
        const v = attr[1];
        if (!owns(name)) continue;
        const value = adopted !== null ? adopted.values[i] : typeof v === 'string' ? v : evaluate(v, ctx, scope);
        this.values[name] = value;
        if (sending && reflected(name)) this.send(name, value);
      }
    }
    if (this.el !== 0) {
      if (sending && !('class' in this.values)) this.send('class', undefined);
      registerElement(this);
    }
  }

  /** Sends an attribute's value to the view; a class list in its DOM form when that differs. */
  private send(name: string, value: unknown): void {
    sendValue(this.el, name, value, this.ctx.owner, name in this.values);
  }

  /** Sends the class lists again (the external classes they use changed). */
  refreshClasses(): void {
    if (this.el === 0) return;
    for (const name of CLASS_ATTRIBUTES) if (name in this.values && this.owns(name)) this.send(name, this.values[name]);
  }

  /** Mounts the node's children into the element (a built-in component's children are its content). */
  mountChildren(): void {
    if (this.node.c !== undefined) mountNodes(this.node.c, this, { composed: this, shadow: this }, this.ctx, this.scope, 0, this.frags);
  }

  /** Places the (already built) element in its container. */
  attach(container: Container, before: number): void {
    if (this.el !== 0) insert(container.el, this.el, before);
  }

  tail(): number {
    return 0;
  }

  update(changes: Changes): void {
    const node = this.node;
    if (!affected(node, changes)) return;
    const attrs = node.a;
    if (attrs !== undefined) for (let i = 0; i < attrs.length; i++) this.updateAttribute(i, changes);
    const frags = this.frags;
    for (let i = 0; i < frags.length; i++) frags[i].update(changes);
  }

  /** Re-evaluates the node's attribute `index` when the changes touch what it reads, and sends a new value. */
  updateAttribute(index: number, changes: Changes): void {
    const attr = this.node.a![index];
    const name = attr[0];
    const v = attr[1];
    if (typeof v === 'string' || !this.owns(name) || !affected(v, changes)) return;
    this.refreshAttribute(index);
  }

  /** Re-evaluates the node's bound attribute `index` and sends its value if it changed. */
  refreshAttribute(index: number): void {
    const attr = this.node.a![index];
    const name = attr[0];
    const v = attr[1];
    if (typeof v === 'string' || !this.owns(name)) return;
    const value = evaluate(v, this.ctx, this.scope);
    const old = this.values[name];
    // An object may have changed inside without changing identity: always resend it.
    if (value === old && (value === null || typeof value !== 'object')) return;
    this.values[name] = value;
    if (this.el !== 0 && reflected(name)) this.send(name, value);
  }

  first(): number {
    return this.el;
  }

  roots(out: number[]): void {
    if (this.el !== 0) out.push(this.el);
  }

  destroy(detach: boolean): void {
    if (this.el !== 0) {
      if (detach) remove(this.el);
      unregisterElement(this.el);
    }
    const frags = this.frags;
    for (let i = 0; i < frags.length; i++) frags[i].destroy(false);
  }
}

walkAs(ElementFragment, 'element');
