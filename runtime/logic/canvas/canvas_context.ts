// wx.createCanvasContext(canvasId, component): the CanvasContext of the old `<canvas canvas-id>`.
// Its calls are kept until `draw(reserve, callback)`, which sends them to the canvas (the first
// `<canvas canvas-id>` of that id in the component's template, or the current page's, found at
// draw time) in the batch of DOM operations, as a `<canvas type="2d">` context's calls go (Op.
// CanvasDraw): without `reserve` the canvas is cleared first and its state starts over. The
// `set*` methods of the old API set the 2d context's properties; an image is named by its path,
// loaded by the view when first drawn, and the draw waits for its images, as WeChat's does.
import { CanvasCode, type CanvasCommand } from '../../../bridge/protocol.js';
import type { ComponentInstance } from '../component/instance.js';
import { logicConsole } from '../console.js';
import { canvasCommands } from '../ops.js';
import { afterApplied } from '../render_queue.js';
import { callUser } from '../report.js';
import { toText } from '../template/context.js';
import type { ElementFragment } from '../template/element.js';
import { elementById } from '../template/elements.js';
import type { Fragment } from '../template/fragment.js';
import { elementsOf } from '../template/walk.js';
import { CanvasImage, type ImageOwner } from './canvas_image.js';
import { CanvasRenderingContext2D } from './context_2d.js';
import type { CanvasGradient, CanvasPattern } from './paint.js';

/** The `<canvas canvas-id>` of `id` in an instance's template (not inside other components'), or null. */
function findCanvas(owner: ComponentInstance, id: string): ElementFragment | null {
  const frags = (owner.__view as { frags?: Fragment[] } | null)?.frags ?? [];
  for (const el of elementsOf(frags, false)) {
    if (el.node.t === 'canvas' && el.component === null && el.el !== 0 && toText(el.values['canvas-id']) === id && toText(el.values.type) === '') return el;
  }
  return null;
}

/** Where the context's calls go until draw(): kept, not sent. */
class Recording implements ImageOwner {
  commands: CanvasCommand[] = [];
  constructor(readonly page: string) {}
  record(command: CanvasCommand): boolean {
    this.commands.push(command);
    return true;
  }
}

/** The old canvas, found at draw time: images load on it at once. */
class Target implements ImageOwner {
  element: ElementFragment | null = null;
  constructor(readonly page: string) {}
  record(command: CanvasCommand): boolean {
    const element = this.element;
    if (element === null || elementById(element.el) !== element) return false;
    canvasCommands(element.el).push(command);
    return true;
  }
}

/** Whether a recorded command draws image `id` (drawImage, or a pattern of it). */
function usesImage(command: CanvasCommand, id: number): boolean {
  if (command[0] === CanvasCode.Pattern) return command[2] === id;
  if (command[0] !== CanvasCode.Call) return false;
  const first = command[2];
  return first !== null && typeof first === 'object' && (first as { image?: number }).image === id;
}

/** The 2d context behind each CanvasContext: its state, and the recording of its calls. */
const contexts = new WeakMap<CanvasContext, CanvasRenderingContext2D>();

export class CanvasContext {
  readonly #id: string;
  readonly #owner: ComponentInstance;
  readonly #recording: Recording;
  readonly #target: Target;
  /** Images by path, loaded on the canvas when first drawn. */
  readonly #images = new Map<string, CanvasImage>();
  /** The draws waiting for an image that is loading. */
  readonly #waiters = new Map<CanvasImage, (() => void)[]>();
  /** Images that failed to load (their draws go on without them). */
  readonly #failed = new Set<CanvasImage>();
  #warned = false;

  constructor(id: string, owner: ComponentInstance) {
    this.#id = id;
    this.#owner = owner;
    this.#recording = new Recording(owner.__page.is);
    this.#target = new Target(owner.__page.is);
    contexts.set(this, new CanvasRenderingContext2D(this.#recording));
  }

  get #context(): CanvasRenderingContext2D {
    return contexts.get(this)!;
  }

  /** `draw(reserve, callback)`: sends the calls made since the last draw; the callback runs once the view drew them. */
  draw(reserve?: unknown, callback?: unknown): void {
    if (typeof reserve === 'function') [reserve, callback] = [false, reserve];
    const commands = this.#recording.commands;
    this.#recording.commands = [];
    const element = findCanvas(this.#owner, this.#id);
    this.#target.element = element;
    if (element === null) {
      if (!this.#warned) logicConsole.warn(`CanvasContext.draw: no <canvas canvas-id="${this.#id}"> in ${this.#owner.is}: nothing is drawn`);
      this.#warned = true;
      return;
    }
    // Without reserve the canvas starts over: cleared, its state reset, here and in the view.
    if (reserve !== true) {
      commands.unshift([CanvasCode.Clear]);
      this.#context.reset();
    }
    const send = () => {
      if (elementById(element.el) !== element) return;
      const list = canvasCommands(element.el);
      for (let i = 0; i < commands.length; i++) list.push(commands[i]);
      if (typeof callback === 'function') afterApplied(() => callUser(callback as () => void, undefined, [], this.#owner.__page.is, 'CanvasContext.draw callback'));
    };
    const waiting = [...this.#images.values()].filter((image) => !image.complete && !this.#failed.has(image) && commands.some((c) => usesImage(c, image.id)));
    if (waiting.length === 0) return send();
    // Its images are loading on the canvas: the calls go once each has loaded or failed.
    let left = waiting.length;
    const done = () => {
      if (--left === 0) send();
    };
    for (const image of waiting) {
      const list = this.#waiters.get(image);
      if (list === undefined) this.#waiters.set(image, [done]);
      else list.push(done);
    }
  }

  /** The image of a path, loading on the canvas from when it is first drawn. */
  #image(path: unknown): CanvasImage {
    const src = String(path);
    let image = this.#images.get(src);
    if (image === undefined) {
      this.#target.element ??= findCanvas(this.#owner, this.#id);
      const loading = (image = new CanvasImage(this.#target));
      // Loaded or failed, the draws waiting for it go on (a failed image draws nothing, as in WeChat).
      const settled = (failed: boolean) => () => {
        if (failed) this.#failed.add(loading);
        const list = this.#waiters.get(loading) ?? [];
        this.#waiters.delete(loading);
        for (const fn of list) fn();
      };
      loading.onload = settled(false);
      loading.onerror = settled(true);
      image.src = src;
      this.#images.set(src, image);
    } else if (this.#failed.has(image)) {
      // Tried again: the canvas may be there now, or the file.
      this.#failed.delete(image);
      this.#target.element = findCanvas(this.#owner, this.#id);
      image.src = src;
    }
    return image;
  }

  /** drawImage(path, …): always recorded (the 2d context's draws nothing before its image loaded); draw() waits for the image. */
  drawImage(path: unknown, ...args: unknown[]): void {
    const n = args.map(Number);
    if (n.some((v) => !Number.isFinite(v))) return;
    this.#recording.record([CanvasCode.Call, 'drawImage', { image: this.#image(path).id }, ...n]);
  }

  setFillStyle(color: unknown): void {
    this.#context.fillStyle = color as string;
  }

  setStrokeStyle(color: unknown): void {
    this.#context.strokeStyle = color as string;
  }

  setLineWidth(width: unknown): void {
    this.#context.lineWidth = Number(width);
  }

  setLineCap(cap: unknown): void {
    this.#context.lineCap = cap as string;
  }

  setLineJoin(join: unknown): void {
    this.#context.lineJoin = join as string;
  }

  setMiterLimit(limit: unknown): void {
    this.#context.miterLimit = Number(limit);
  }

  setGlobalAlpha(alpha: unknown): void {
    this.#context.globalAlpha = Number(alpha);
  }

  /** The old API's font size, in px. */
  setFontSize(size: unknown): void {
    this.#context.font = `${Number(size)}px sans-serif`;
  }

  setTextAlign(align: unknown): void {
    this.#context.textAlign = align as string;
  }

  /** The old API's baselines (`normal` is the alphabetic one). */
  setTextBaseline(baseline: unknown): void {
    this.#context.textBaseline = (baseline === 'normal' ? 'alphabetic' : baseline) as string;
  }

  setShadow(offsetX: unknown, offsetY: unknown, blur: unknown, color: unknown): void {
    this.#context.shadowOffsetX = Number(offsetX) || 0;
    this.#context.shadowOffsetY = Number(offsetY) || 0;
    this.#context.shadowBlur = Number(blur) || 0;
    this.#context.shadowColor = typeof color === 'string' ? color : 'black';
  }

  setLineDash(pattern: unknown, offset?: unknown): void {
    this.#context.setLineDash(Array.isArray(pattern) ? pattern.map(Number) : []);
    if (offset !== undefined) this.#context.lineDashOffset = Number(offset);
  }

  /** The old API's circular gradient: a radial one from the centre. */
  createCircularGradient(x: number, y: number, r: number): CanvasGradient {
    return this.#context.createRadialGradient(x, y, 0, x, y, r);
  }

  createPattern(path: unknown, repetition?: string | null): CanvasPattern | null {
    return this.#context.createPattern(this.#image(path), repetition ?? 'repeat');
  }
}

/** What a CanvasContext has of the 2d context as it is: its other methods and its properties. */
const METHODS = [
  'save', 'restore', 'scale', 'rotate', 'translate', 'transform', 'setTransform', 'beginPath', 'closePath', 'moveTo', 'lineTo',
  'bezierCurveTo', 'quadraticCurveTo', 'arc', 'arcTo', 'rect', 'fill', 'stroke', 'clip', 'fillRect', 'strokeRect', 'clearRect',
  'fillText', 'strokeText', 'measureText', 'createLinearGradient', 'createRadialGradient',
];
const PROPERTIES = [
  'fillStyle', 'strokeStyle', 'lineWidth', 'lineCap', 'lineJoin', 'miterLimit', 'lineDashOffset', 'font', 'textAlign',
  'textBaseline', 'globalAlpha', 'globalCompositeOperation', 'shadowBlur', 'shadowColor', 'shadowOffsetX', 'shadowOffsetY',
];
const inner = (self: CanvasContext) => contexts.get(self) as unknown as Record<string, unknown>;
for (const name of METHODS) {
  Object.defineProperty(CanvasContext.prototype, name, {
    value(this: CanvasContext, ...args: unknown[]) {
      const context = inner(this);
      return (context[name] as (...a: unknown[]) => unknown).apply(context, args);
    },
    writable: true,
    configurable: true,
  });
}
for (const name of PROPERTIES) {
  Object.defineProperty(CanvasContext.prototype, name, {
    get(this: CanvasContext) {
      return inner(this)[name];
    },
    set(this: CanvasContext, value: unknown) {
      inner(this)[name] = value;
    },
    configurable: true,
  });
}

/** `wx.createCanvasContext(canvasId, component)`: of the canvas in `component`'s template, or the current page's. */
export function createCanvasContext(canvasId: unknown, component: unknown, currentPage: ComponentInstance | undefined): CanvasContext {
  const owner = component !== null && typeof component === 'object' && '__view' in component ? (component as ComponentInstance) : currentPage;
  if (owner === undefined) throw new Error('wx.createCanvasContext: there is no page to find the canvas in');
  return new CanvasContext(String(canvasId), owner);
}
