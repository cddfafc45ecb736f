// Mounting a list of template nodes into a container, each becoming a fragment. An element whose
// tag names a custom component (through the owner's usingComponents or the host's generics)
// becomes a component; any other element is a built-in component's element.
import { NodeKind, type ElementNode, type TemplateNode } from '../../../spec/bundle.js';
import { definitionOf, resolveTag } from '../component/registry.js';
import type { ComponentDefinition } from '../component/definition.js';
import { insert } from '../ops.js';
import { ComponentFragment } from './component.js';
import type { Parents, RenderContext, Scope } from './context.js';
import { ElementFragment } from './element.js';
import { ForFragment } from './for_block.js';
import type { Container, Fragment } from './fragment.js';
import { IfFragment } from './if_block.js';
import { SlotFragment } from './slot.js';
import { TemplateCallFragment } from './template_call.js';
import { TextFragment } from './text.js';

/** The component a tag stands for in this context, or null for a built-in component. */
export function componentFor(node: ElementNode, ctx: RenderContext): ComponentDefinition | null {
  const generic = ctx.host?.genericPath(node.t);
  if (generic !== undefined) return generic === null ? null : (definitionOf(generic) ?? null);
  return resolveTag(ctx.owner.__def, node.t);
}

/**
 * Mounts `nodes` into `container`, inserting their DOM nodes before `before` (0: at the end),
 * and appends the fragments to `out` with their positions.
 */
export function mountNodes(
  nodes: TemplateNode[],
  container: Container,
  parents: Parents,
  ctx: RenderContext,
  scope: Scope,
  before: number,
  out: Fragment[],
): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    let frag: Fragment;
    switch (node.k) {
      case NodeKind.Element: {
        const def = componentFor(node, ctx);
        if (def !== null) {
          frag = new ComponentFragment(node, def, container, parents, ctx, scope, before);
          break;
        }
        const element = new ElementFragment(node, ctx, scope, parents, `wx-${node.t}`);
        element.mountChildren();
        element.attach(container, before);
        frag = element;
        break;
      }
      case NodeKind.Text: {
        const text = new TextFragment(node, ctx, scope);
        insert(container.el, text.id, before);
        frag = text;
        break;
      }
      case NodeKind.If:
        frag = new IfFragment(node, container, parents, ctx, scope, before);
        break;
      case NodeKind.For:
        frag = new ForFragment(node, container, parents, ctx, scope, before);
        break;
      case NodeKind.Slot:
        frag = new SlotFragment(node, container, parents, ctx, scope, before);
        break;
      case NodeKind.TemplateCall:
        frag = new TemplateCallFragment(node, container, parents, ctx, scope, before);
        break;
      default: {
        const unknown: never = node;
        throw new Error(`unknown template node ${JSON.stringify(unknown)}`);
      }
    }
    frag.pos = out.length;
    out.push(frag);
  }
}
