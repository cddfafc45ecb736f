// The Canvas object of a `<canvas type="2d">`: what SelectorQuery's node() answers for it. It lives
// in the logic thread and records what is drawn as the canvas's commands in the batch of DOM
// operations (Op.CanvasDraw); the view draws them on its real canvas. A canvas that left the page
// draws nothing, and its animation frames stop.
import { CanvasCode, type CanvasCommand } from '../../../bridge/protocol.js';
import { canvasCommands } from '../ops.js';
import { callUser } from '../report.js';
import { toText } from '../template/context.js';
import type { ElementFragment } from '../template/element.js';
import { elementById } from '../template/elements.js';
import { clearTimer, setTimeout } from '../timers.js';
import { CanvasImage, type ImageOwner } from './canvas_image.js';
import { CanvasRenderingContext2D } from './context_2d.js';
import { createImageData, type ImageData } from './image_data.js';

/** The bitmap's size before the mini-program sets one: an HTML canvas's. */
const DEFAULT_WIDTH = 300;
const DEFAULT_HEIGHT = 150;
/** Milliseconds between animation frames (60 a second). */
const FRAME_MS = 16;

const canvases = new WeakMap<ElementFragment, Canvas>();

/** A bitmap side as browsers take it: a non-negative integer, or the default. */
function side(value: unknown, fallback: number): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 0 && n <= 0x7fffffff ? n : fallback;
}

export class Canvas implements ImageOwner {
  // Private fields (#) keep the element tree out of JSON.stringify and console output of a Canvas.
  #width = DEFAULT_WIDTH;
  #height = DEFAULT_HEIGHT;
  #context: CanvasRenderingContext2D | null = null;
  readonly #element: ElementFragment;

  constructor(
    element: ElementFragment,
    readonly page: string,
  ) {
    this.#element = element;
  }

  /** Whether the canvas is still on its page. */
  get #attached(): boolean {
    return elementById(this.#element.el) === this.#element;
  }

  record(command: CanvasCommand): boolean {
    if (!this.#attached) return false;
    canvasCommands(this.#element.el).push(command);
    return true;
  }

  get width(): number {
    return this.#width;
  }

  set width(value: number) {
    this.#resize(side(value, DEFAULT_WIDTH), this.#height);
  }

  get height(): number {
    return this.#height;
  }

  set height(value: number) {
    this.#resize(this.#width, side(value, DEFAULT_HEIGHT));
  }

  /** Setting either side clears the bitmap and the context's state, as in browsers. */
  #resize(width: number, height: number): void {
    this.#width = width;
    this.#height = height;
    this.record([CanvasCode.Size, width, height]);
    this.#context?.reset();
  }

  /** The 2d context (the same one every time); null for any other type, which a 2d canvas cannot give. */
  getContext(type: string): CanvasRenderingContext2D | null {
    if (String(type) !== '2d') return null;
    return (this.#context ??= new CanvasRenderingContext2D(this));
  }

  createImage(): CanvasImage {
    return new CanvasImage(this);
  }

  createImageData(first: unknown, second?: unknown, third?: unknown): ImageData {
    return createImageData(first, second, third);
  }

  /** Runs `callback(timestamp)` at the next frame (about 16 ms on), while the canvas is on its page. */
  requestAnimationFrame(callback: (timestamp: number) => void): number {
    if (typeof callback !== 'function') throw new TypeError("Failed to execute 'requestAnimationFrame': The callback provided as parameter 1 is not a function.");
    return setTimeout(() => {
      if (this.#attached) callUser(callback, undefined, [Date.now()], this.page, 'Canvas.requestAnimationFrame');
    }, FRAME_MS);
  }

  cancelAnimationFrame(id: number): void {
    clearTimer(id);
  }

  /**
   * The pixels are in the view, which cannot answer within this call: it fails, as a canvas whose
   * pixels cannot be read does.
   */
  toDataURL(): string {
    throw new Error('toDataURL:fail the canvas pixels cannot be read in the logic thread here');
  }
}

/**
 * What SelectorQuery's node() answers for an element: the Canvas of a `<canvas type="2d">` (the
 * same object each time), or null (WeChat's answer where it cannot make the node: a WebGL canvas,
 * an element with no node object).
 */
export function nodeOf(element: ElementFragment): Canvas | null {
  if (element.node.t !== 'canvas' || element.component !== null || toText(element.values.type) !== '2d') return null;
  let canvas = canvases.get(element);
  if (canvas === undefined) canvases.set(element, (canvas = new Canvas(element, element.ctx.owner.__page.is)));
  return canvas;
}
