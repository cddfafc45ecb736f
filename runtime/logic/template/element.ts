// An element: its attributes (static or bound), its event bindings and its children.
import type { JsonValue } from '../../../bridge/protocol.js';
import type { ElementNode } from '../../../spec/bundle.js';
import { createElement, insert, remove, removeAttribute, setAttribute } from '../ops.js';
import { affected, type Changes } from './changes.js';
import { evaluate, type RenderContext, type Scope } from './context.js';
import { registerElement, unregisterElement } from './elements.js';
import type { Container, Fragment } from './fragment.js';
import { mountNodes } from './mount.js';

/** Attributes that live only in the logic thread (dataset and marks): the view never sees them. */
function reflected(name: string): boolean {
  return !name.startsWith('data-') && !name.startsWith('mark:');
}

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

function sendAttribute(id: number, name: string, value: unknown): void {
  if (value === undefined || value === null || value === false) removeAttribute(id, name);
  else setAttribute(id, name, toJson(value));
}

export class ElementFragment implements Fragment, Container {
  pos = 0;
  /** The node id of this element (it is also the container of its children). */
  readonly el: number;
  frags: Fragment[] = [];
  /** Current attribute values, as the expressions produced them. */
  readonly values: Record<string, unknown> = {};

  constructor(
    readonly node: ElementNode,
    readonly ctx: RenderContext,
    readonly scope: Scope,
    /** The enclosing element, for event bubbling (null at a page root). */
    readonly parentEl: ElementFragment | null,
  ) {
    this.el = createElement(`wx-${node.t}`);
    const attrs = node.a;
    if (attrs !== undefined) {
      for (let i = 0; i < attrs.length; i++) {
        const [name, v] = attrs[i];
        const value = typeof v === 'string' ? v : evaluate(v, ctx, scope);
        this.values[name] = value;
        if (reflected(name)) sendAttribute(this.el, name, value);
      }
    }
    if (node.c !== undefined) mountNodes(node.c, this, this, ctx, scope, 0, this.frags);
    registerElement(this);
  }

  /** Places the (already built) element in its container. */
  attach(container: Container, before: number): void {
    insert(container.el, this.el, before);
  }

  tail(): number {
    return 0;
  }

  update(changes: Changes): void {
    const node = this.node;
    if (!affected(node, changes)) return;
    const attrs = node.a;
    if (attrs !== undefined) {
      for (let i = 0; i < attrs.length; i++) {
        const [name, v] = attrs[i];
        if (typeof v === 'string' || !affected(v, changes)) continue;
        const value = evaluate(v, this.ctx, this.scope);
        const old = this.values[name];
        // An object may have changed inside without changing identity: always resend it.
        if (value === old && (value === null || typeof value !== 'object')) continue;
        this.values[name] = value;
        if (reflected(name)) sendAttribute(this.el, name, value);
      }
    }
    const frags = this.frags;
    for (let i = 0; i < frags.length; i++) frags[i].update(changes);
  }

  first(): number {
    return this.el;
  }

  roots(out: number[]): void {
    out.push(this.el);
  }

  destroy(detach: boolean): void {
    if (detach) remove(this.el);
    unregisterElement(this.el);
    const frags = this.frags;
    for (let i = 0; i < frags.length; i++) frags[i].destroy(false);
  }
}
