// `<canvas>`: for `type="2d"` and the old `canvas-id` canvas (no type) a real canvas element, on
// which the view replays the drawing commands the logic thread recorded (Op.CanvasDraw: a Canvas
// object's 2d context, or wx.createCanvasContext's draw), where the DOM gives a 2d context (a
// browser; happy-dom only with a canvas adapter, and otherwise draws nothing). The old canvas's
// bitmap is the size of its box, as WeChat's is (300 × 150 where there is no layout). Images load
// here and are answered with the canvas's image event. `webgl` is not available here and shows
// the unsupported box.
import { CanvasCode, CanvasEvent, type CanvasValue, type JsonValue } from '../../../bridge/protocol.js';
import { Builtin, str } from './builtin.js';
import { addUnsupportedBox } from './unsupported.js';

export const CANVAS_CSS =
  'wx-canvas{display:block;position:relative;overflow:hidden;width:300px;height:150px}wx-canvas>:not(wx-unsupported-box,.wx-canvas-element){display:none!important}.wx-canvas-element{display:block;width:100%;height:100%}';

/** Image URLs: anything but script URLs. */
const SAFE_URL = /^(?!\s*(?:javascript|vbscript):)/i;

/** The 2d context's properties a command may set. */
const PROPERTIES: ReadonlySet<string> = new Set([
  'fillStyle', 'strokeStyle', 'lineWidth', 'lineCap', 'lineJoin', 'miterLimit', 'lineDashOffset', 'font', 'textAlign',
  'textBaseline', 'direction', 'globalAlpha', 'globalCompositeOperation', 'shadowBlur', 'shadowColor', 'shadowOffsetX',
  'shadowOffsetY', 'imageSmoothingEnabled', 'imageSmoothingQuality', 'filter',
]);

/** The 2d context's methods a command may call. */
const METHODS: ReadonlySet<string> = new Set([
  'save', 'restore', 'scale', 'rotate', 'translate', 'transform', 'setTransform', 'resetTransform', 'beginPath', 'closePath',
  'moveTo', 'lineTo', 'bezierCurveTo', 'quadraticCurveTo', 'arc', 'arcTo', 'ellipse', 'rect', 'roundRect', 'fill', 'stroke',
  'clip', 'fillRect', 'strokeRect', 'clearRect', 'fillText', 'strokeText', 'setLineDash', 'drawImage', 'putImageData',
]);

type Paint = CanvasGradient | CanvasPattern;

export class CanvasComponent extends Builtin {
  private canvas: HTMLCanvasElement | null = null;
  private context: CanvasRenderingContext2D | null = null;
  private box: HTMLElement | null = null;
  /** Images of Canvas.createImage, by id. */
  private readonly images = new Map<number, HTMLImageElement>();
  /** Gradients and patterns, by id. */
  private readonly paints = new Map<number, Paint>();

  override update(): void {
    const type = str(this.prop('type'));
    if (type === '2d' || type === '') this.surface();
    else if (this.box === null) {
      this.canvas?.remove();
      this.canvas = this.context = null;
      this.box = addUnsupportedBox(this.element, `<canvas type="${type}">`);
    }
  }

  /** The old canvas's bitmap: cleared, the size of its box (300 × 150 without layout), the context's state reset. */
  private clear(canvas: HTMLCanvasElement): void {
    const box = this.element as HTMLElement;
    canvas.width = box.clientWidth > 0 ? box.clientWidth : 300;
    canvas.height = box.clientHeight > 0 ? box.clientHeight : 150;
  }

  /** The canvas element, made when first needed (a draw may come before the update). */
  private surface(): HTMLCanvasElement {
    if (this.canvas === null) {
      this.box?.remove();
      this.box = null;
      this.canvas = this.make('canvas', 'wx-canvas-element', this.element) as HTMLCanvasElement;
      try {
        this.context = this.canvas.getContext('2d');
      } catch {
        this.context = null;
      }
    }
    return this.canvas;
  }

  /** Replays drawing commands; answers why a malformed one is refused, or null. */
  draw(commands: unknown): string | null {
    if (!Array.isArray(commands)) return 'canvas commands must be an array';
    const canvas = this.surface();
    for (const command of commands) {
      if (!Array.isArray(command)) return 'a canvas command must be an array';
      const refused = this.run(canvas, command);
      if (refused !== null) return refused;
    }
    return null;
  }

  private run(canvas: HTMLCanvasElement, command: unknown[]): string | null {
    const ctx = this.context;
    const [code, a, b, c] = command;
    switch (code) {
      case CanvasCode.Set: {
        if (typeof a !== 'string' || !PROPERTIES.has(a)) return `refused canvas property ${JSON.stringify(a)}`;
        const value = this.value(b);
        if (ctx !== null && value !== undefined) this.attempt(() => ((ctx as unknown as Record<string, unknown>)[a] = value));
        return null;
      }
      case CanvasCode.Call: {
        if (typeof a !== 'string' || !METHODS.has(a)) return `refused canvas method ${JSON.stringify(a)}`;
        const args = command.slice(2).map((v) => this.value(v));
        if (ctx !== null && !args.includes(undefined)) this.attempt(() => (ctx as unknown as Record<string, (...args: unknown[]) => unknown>)[a](...args));
        return null;
      }
      case CanvasCode.Size:
        if (typeof a !== 'number' || typeof b !== 'number') return 'a canvas size must be two numbers';
        canvas.width = a;
        canvas.height = b;
        return null;
      case CanvasCode.Clear:
        this.clear(canvas);
        return null;
      case CanvasCode.LoadImage:
        if (typeof a !== 'number' || typeof b !== 'string') return 'a canvas image needs an id and a source';
        this.loadImage(a, b);
        return null;
      case CanvasCode.Gradient: {
        const args = command.slice(3);
        if (typeof a !== 'number' || !args.every((n) => typeof n === 'number')) return 'a canvas gradient needs an id and numbers';
        const n = args as number[];
        if (b !== 'linear' && b !== 'radial' && b !== 'conic') return `refused canvas gradient ${JSON.stringify(b)}`;
        if (ctx !== null) {
          this.attempt(() => {
            const gradient =
              b === 'linear' ? ctx.createLinearGradient(n[0], n[1], n[2], n[3]) : b === 'radial' ? ctx.createRadialGradient(n[0], n[1], n[2], n[3], n[4], n[5]) : ctx.createConicGradient(n[0], n[1], n[2]);
            this.paints.set(a, gradient);
          });
        }
        return null;
      }
      case CanvasCode.ColorStop: {
        if (typeof a !== 'number' || typeof b !== 'number' || typeof c !== 'string') return 'a colour stop needs a gradient, an offset and a colour';
        const gradient = this.paints.get(a);
        if (gradient !== undefined && 'addColorStop' in gradient) this.attempt(() => gradient.addColorStop(b, c));
        return null;
      }
      case CanvasCode.Pattern: {
        if (typeof a !== 'number' || typeof b !== 'number' || typeof c !== 'string') return 'a pattern needs an id, an image and a repetition';
        const image = this.images.get(b);
        if (ctx !== null && image !== undefined) {
          this.attempt(() => {
            const pattern = ctx.createPattern(image, c);
            if (pattern !== null) this.paints.set(a, pattern);
          });
        }
        return null;
      }
      default:
        return `unknown canvas command ${JSON.stringify(code)}`;
    }
  }

  /** A command's value as the context takes it; undefined when what it names is not here (an image that did not load). */
  private value(value: unknown): unknown {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const v = value as Exclude<CanvasValue, number | string | boolean | number[]>;
    if ('image' in v) return this.images.get(v.image);
    if ('gradient' in v) return this.paints.get(v.gradient);
    if ('pattern' in v) return this.paints.get(v.pattern);
    if ('imageData' in v) {
      const ImageDataClass = this.element.ownerDocument.defaultView?.ImageData ?? globalThis.ImageData;
      if (ImageDataClass === undefined) return undefined;
      try {
        return new ImageDataClass(Uint8ClampedArray.from(v.imageData), v.width, v.height);
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  /** Runs a call of the DOM's canvas, which may throw where the mini-program's browser would have thrown: nothing more is done. */
  private attempt(fn: () => unknown): void {
    try {
      fn();
    } catch {
      // The logic thread checked what it could; the rest is the browser's to refuse.
    }
  }

  private loadImage(id: number, src: string): void {
    this.images.delete(id);
    const answer = (detail: JsonValue) => this.emit(CanvasEvent.Image, detail);
    if (!SAFE_URL.test(src) || src === '') {
      answer({ image: id, errMsg: src === '' ? 'the image has no src' : `GET ${src} failed: the URL is refused` });
      return;
    }
    const img = this.host.document.createElement('img') as HTMLImageElement;
    this.images.set(id, img);
    img.addEventListener('load', () => {
      if (this.images.get(id) === img) answer({ image: id, width: img.naturalWidth, height: img.naturalHeight });
    });
    img.addEventListener('error', () => {
      if (this.images.get(id) === img) answer({ image: id, errMsg: `GET ${src} failed: the image could not be loaded` });
    });
    img.src = src;
  }

  override destroy(): void {
    this.images.clear();
    this.paints.clear();
    super.destroy();
  }
}
