// Canvas.createImage(): an image the view loads for its canvas. Setting `src` asks the view to load
// it; the view answers with the canvas's image event (its natural size, or why it failed), and
// `onload` or `onerror` runs then, as in WeChat.
import { CanvasCode, type CanvasCommand } from '../../../bridge/protocol.js';
import { callUser } from '../report.js';
import { setTimeout } from '../timers.js';

/** What an image needs of the canvas that made it. */
export interface ImageOwner {
  /** Records a drawing command; false when the canvas is gone. */
  record(command: CanvasCommand): boolean;
  /** The route of the canvas's page, for errors its callbacks throw. */
  readonly page: string;
}

const loading = new Map<number, CanvasImage>();
let lastId = 0;

export class CanvasImage {
  /** The id the view knows this image by. */
  readonly id = ++lastId;
  width = 0;
  height = 0;
  /** Whether it has loaded (drawImage draws nothing before). */
  complete = false;
  onload: ((event?: unknown) => void) | null = null;
  onerror: ((error: unknown) => void) | null = null;
  referrerPolicy = '';
  private source = '';

  constructor(private readonly owner: ImageOwner) {}

  get src(): string {
    return this.source;
  }

  set src(value: string) {
    this.source = String(value);
    this.complete = false;
    if (this.owner.record([CanvasCode.LoadImage, this.id, this.source])) loading.set(this.id, this);
    else setTimeout(() => this.failed('the canvas is gone'), 0);
  }

  /** The view loaded it: its natural size. */
  loaded(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.complete = true;
    if (typeof this.onload === 'function') callUser(this.onload, this, [{ type: 'load' }], this.owner.page, 'Image.onload');
  }

  failed(reason: string): void {
    if (typeof this.onerror === 'function') callUser(this.onerror, this, [{ type: 'error', errMsg: `createImage:fail ${reason}` }], this.owner.page, 'Image.onerror');
  }
}

/** The view's answer about image `image`: `width` and `height`, or `errMsg`. */
export function answerImage(detail: unknown): void {
  if (detail === null || typeof detail !== 'object') return;
  const { image: id, width, height, errMsg } = detail as Record<string, unknown>;
  const image = typeof id === 'number' ? loading.get(id) : undefined;
  if (image === undefined) return;
  loading.delete(id as number);
  if (typeof errMsg === 'string') image.failed(errMsg);
  else image.loaded(Number(width) || 0, Number(height) || 0);
}
