// `<template is="name" data="{{ … }}">`: the named template (of this file or one it imports)
// rendered with `data` as its data root, in the scope of the file that defines it. A new `data`
// re-evaluates the whole template; a new name replaces it.
import type { TemplateCallNode } from '../../../spec/bundle.js';
import { logicConsole } from '../console.js';
import { affected, type Changes } from './changes.js';
import { evaluate, toText, type Parents, type RenderContext, type Scope } from './context.js';
import { findTemplate } from './files.js';
import { nextNode, type Container, type Fragment } from './fragment.js';
import { FragmentList } from './fragment_list.js';
import { mountNodes } from './mount.js';

const EVERYTHING: Changes = { d: [[]], s: [] };

export class TemplateCallFragment extends FragmentList implements Fragment, Container {
  readonly el: number;
  private name = '';
  private inner: RenderContext | null = null;

  constructor(
    private readonly node: TemplateCallNode,
    private readonly parent: Container,
    private readonly parents: Parents,
    private readonly ctx: RenderContext,
    private readonly scope: Scope,
    before: number,
  ) {
    super();
    this.el = parent.el;
    this.mount(before);
  }

  private data(): Record<string, unknown> {
    if (this.node.data === undefined) return {};
    const value = evaluate(this.node.data, this.ctx, this.scope);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  }

  private mount(before: number): void {
    const is = this.node.is;
    this.name = typeof is === 'string' ? is : toText(evaluate(is, this.ctx, this.scope));
    const found = findTemplate(this.ctx.file, this.name);
    if (found === undefined) {
      this.inner = null;
      if (this.name !== '') logicConsole.warn(`Template "${this.name}" not found (in ${this.ctx.file.path}).`);
      return;
    }
    this.inner = { data: this.data(), owner: this.ctx.owner, host: this.ctx.host, file: found.file };
    mountNodes(found.nodes, this, this.parents, this.inner, found.file.scope, before, this.frags);
  }

  tail(): number {
    return nextNode(this.parent, this.pos);
  }

  update(changes: Changes): void {
    const node = this.node;
    if (!affected(node, changes)) return;
    const is = node.is;
    if (typeof is !== 'string' && affected(is, changes) && toText(evaluate(is, this.ctx, this.scope)) !== this.name) {
      const before = this.tail();
      this.destroy(true);
      this.mount(before);
      return;
    }
    if (this.inner !== null && node.data !== undefined && affected(node.data, changes)) {
      this.inner.data = this.data();
      this.updateChildren(EVERYTHING);
    }
  }
}
