// A text node: static text, or an interpolation re-evaluated when what it reads changes.
import type { TextNode } from '../../../spec/bundle.js';
import { createText, remove, setText } from '../ops.js';
import { affected, type Changes } from './changes.js';
import { evaluate, interpolated, type RenderContext, type Scope } from './context.js';
import type { Fragment } from './fragment.js';

export class TextFragment implements Fragment {
  pos = 0;
  readonly id: number;
  private text: string;

  constructor(
    private readonly node: TextNode,
    private readonly ctx: RenderContext,
    private readonly scope: Scope,
    /** A text node a stamp built (stamp.ts): its id and text. */
    adopted?: { id: number; text: string },
  ) {
    if (adopted !== undefined) {
      this.text = adopted.text;
      this.id = adopted.id;
      return;
    }
    const v = node.v;
    this.text = typeof v === 'string' ? v : interpolated(evaluate(v, ctx, scope));
    this.id = createText(this.text);
  }

  update(changes: Changes): void {
    const v = this.node.v;
    if (typeof v === 'string' || !affected(v, changes)) return;
    this.refresh();
  }

  /** Re-evaluates the interpolation and sends the text if it changed. */
  refresh(): void {
    const v = this.node.v;
    if (typeof v === 'string') return;
    const text = interpolated(evaluate(v, this.ctx, this.scope));
    if (text !== this.text) {
      this.text = text;
      setText(this.id, text);
    }
  }

  /** The text as rendered. */
  get value(): string {
    return this.text;
  }

  first(): number {
    return this.id;
  }

  roots(out: number[]): void {
    out.push(this.id);
  }

  destroy(detach: boolean): void {
    if (detach) remove(this.id);
  }
}
