// Mounting a list of template nodes into a container, each becoming a fragment.
import { NodeKind, type TemplateNode } from '../../../spec/bundle.js';
import { insert } from '../ops.js';
import type { RenderContext, Scope } from './context.js';
import { ElementFragment } from './element.js';
import { ForFragment } from './for_block.js';
import type { Container, Fragment } from './fragment.js';
import { IfFragment } from './if_block.js';
import { TextFragment } from './text.js';

/**
 * Mounts `nodes` into `container`, inserting their DOM nodes before `before` (0: at the end),
 * and appends the fragments to `out` with their positions.
 */
export function mountNodes(
  nodes: TemplateNode[],
  container: Container,
  parentEl: ElementFragment | null,
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
        const element = new ElementFragment(node, ctx, scope, parentEl);
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
        frag = new IfFragment(node, container, parentEl, ctx, scope, before);
        break;
      case NodeKind.For:
        frag = new ForFragment(node, container, parentEl, ctx, scope, before);
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
