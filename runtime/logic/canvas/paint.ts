// CanvasGradient and CanvasPattern: styles a 2d context fills and strokes with. The view makes its
// own of each (by id) when they are created; setting one as fillStyle or strokeStyle names it.
import { CanvasCode } from '../../../bridge/protocol.js';
import type { ImageOwner } from './canvas_image.js';

let lastId = 0;

export class CanvasGradient {
  /** The id the view knows this gradient by. */
  readonly id = ++lastId;

  constructor(
    private readonly owner: ImageOwner,
    kind: 'linear' | 'radial' | 'conic',
    args: number[],
  ) {
    owner.record([CanvasCode.Gradient, this.id, kind, ...args]);
  }

  addColorStop(offset: number, color: string): void {
    const at = Number(offset);
    if (!(at >= 0 && at <= 1)) throw new RangeError(`Failed to execute 'addColorStop' on 'CanvasGradient': The provided value (${String(offset)}) is outside the range (0.0, 1.0).`);
    this.owner.record([CanvasCode.ColorStop, this.id, at, String(color)]);
  }
}

export class CanvasPattern {
  /** The id the view knows this pattern by. */
  readonly id = ++lastId;

  constructor(owner: ImageOwner, image: number, repetition: string) {
    owner.record([CanvasCode.Pattern, this.id, image, repetition]);
  }
}
