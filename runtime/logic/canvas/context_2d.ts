// CanvasRenderingContext2D of a `<canvas type="2d">` in the logic thread. Its drawing calls and
// state changes are recorded, in order, as the canvas's commands of the current batch of DOM
// operations (Op.CanvasDraw); the view replays them on a real canvas. The state (fillStyle, font,
// the line dash, …) is also kept here, with save() and restore(), so that reading it answers at
// once; measureText is estimated here (text_metrics.ts). Reading pixels back (getImageData,
// isPointInPath) would need the view's answer within the call, and is not offered.
import { CanvasCode, type CanvasCommand, type CanvasValue } from '../../../bridge/protocol.js';
import { CanvasImage, type ImageOwner } from './canvas_image.js';
import { createImageData, ImageData } from './image_data.js';
import { CanvasGradient, CanvasPattern } from './paint.js';
import { measureText } from './text_metrics.js';

type Style = string | CanvasGradient | CanvasPattern;

/** Checks a value given to a property: the value to keep, or undefined to ignore it (as browsers do). */
type Check = (value: unknown) => unknown;

const finite: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const positive: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);
const nonNegative: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
const text: Check = (v) => (typeof v === 'string' ? v : undefined);
const style: Check = (v) => (typeof v === 'string' || v instanceof CanvasGradient || v instanceof CanvasPattern ? v : undefined);
const oneOf = (...values: string[]): Check => (v) => (typeof v === 'string' && values.includes(v) ? v : undefined);

/** The context's properties: their initial values and what they accept. */
const PROPERTIES: Record<string, [initial: unknown, check: Check]> = {
  fillStyle: ['#000000', style],
  strokeStyle: ['#000000', style],
  lineWidth: [1, positive],
  lineCap: ['butt', oneOf('butt', 'round', 'square')],
  lineJoin: ['miter', oneOf('miter', 'round', 'bevel')],
  miterLimit: [10, positive],
  lineDashOffset: [0, finite],
  font: ['10px sans-serif', (v) => (typeof v === 'string' && /\d\S*\s+\S/.test(v) ? v : undefined)],
  textAlign: ['start', oneOf('start', 'end', 'left', 'right', 'center')],
  textBaseline: ['alphabetic', oneOf('top', 'hanging', 'middle', 'alphabetic', 'ideographic', 'bottom')],
  direction: ['inherit', oneOf('ltr', 'rtl', 'inherit')],
  globalAlpha: [1, (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : undefined)],
  globalCompositeOperation: ['source-over', text],
  shadowBlur: [0, nonNegative],
  shadowColor: ['rgba(0, 0, 0, 0)', text],
  shadowOffsetX: [0, finite],
  shadowOffsetY: [0, finite],
  imageSmoothingEnabled: [true, (v) => Boolean(v)],
  imageSmoothingQuality: ['low', oneOf('low', 'medium', 'high')],
  filter: ['none', text],
};

interface State {
  values: Record<string, unknown>;
  lineDash: number[];
}

function initialState(): State {
  const values: Record<string, unknown> = {};
  for (const name in PROPERTIES) values[name] = PROPERTIES[name][0];
  return { values, lineDash: [] };
}

/** The value a command carries for a style or an image. */
function wire(value: unknown): CanvasValue {
  if (value instanceof CanvasGradient) return { gradient: value.id };
  if (value instanceof CanvasPattern) return { pattern: value.id };
  return value as CanvasValue;
}

/** Numbers of a call, or null when one is not finite (browsers then ignore the call). */
function numbers(args: unknown[]): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const n = Number(args[i]);
    if (!Number.isFinite(n)) return null;
    out.push(n);
  }
  return out;
}

function fillRule(rule: unknown): string[] {
  return rule === 'evenodd' ? ['evenodd'] : [];
}

export class CanvasRenderingContext2D {
  private state = initialState();
  private readonly saved: State[] = [];

  constructor(
    /** The Canvas this context draws on. */
    readonly canvas: ImageOwner,
  ) {}

  /** The canvas's size was set: its bitmap and this state start over, as in browsers. */
  reset(): void {
    this.state = initialState();
    this.saved.length = 0;
  }

  private call(method: string, args: CanvasValue[]): void {
    this.canvas.record([CanvasCode.Call, method, ...args] as CanvasCommand);
  }

  /** A call of numbers only, dropped when one is not finite. */
  private numeric(method: string, args: unknown[]): void {
    const n = numbers(args);
    if (n !== null) this.call(method, n);
  }

  save(): void {
    this.saved.push({ values: { ...this.state.values }, lineDash: this.state.lineDash.slice() });
    this.call('save', []);
  }

  restore(): void {
    const state = this.saved.pop();
    if (state === undefined) return;
    this.state = state;
    this.call('restore', []);
  }

  scale(x: number, y: number): void {
    this.numeric('scale', [x, y]);
  }

  rotate(angle: number): void {
    this.numeric('rotate', [angle]);
  }

  translate(x: number, y: number): void {
    this.numeric('translate', [x, y]);
  }

  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.numeric('transform', [a, b, c, d, e, f]);
  }

  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.numeric('setTransform', [a, b, c, d, e, f]);
  }

  resetTransform(): void {
    this.call('resetTransform', []);
  }

  beginPath(): void {
    this.call('beginPath', []);
  }

  closePath(): void {
    this.call('closePath', []);
  }

  moveTo(x: number, y: number): void {
    this.numeric('moveTo', [x, y]);
  }

  lineTo(x: number, y: number): void {
    this.numeric('lineTo', [x, y]);
  }

  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void {
    this.numeric('bezierCurveTo', [cp1x, cp1y, cp2x, cp2y, x, y]);
  }

  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void {
    this.numeric('quadraticCurveTo', [cpx, cpy, x, y]);
  }

  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number, counterclockwise = false): void {
    const n = numbers([x, y, radius, startAngle, endAngle]);
    if (n === null) return;
    if (n[2] < 0) throw new RangeError(`Failed to execute 'arc' on 'CanvasRenderingContext2D': The radius provided (${n[2]}) is negative.`);
    this.call('arc', [...n, Boolean(counterclockwise)]);
  }

  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void {
    this.numeric('arcTo', [x1, y1, x2, y2, radius]);
  }

  ellipse(x: number, y: number, radiusX: number, radiusY: number, rotation: number, startAngle: number, endAngle: number, counterclockwise = false): void {
    const n = numbers([x, y, radiusX, radiusY, rotation, startAngle, endAngle]);
    if (n === null) return;
    if (n[2] < 0 || n[3] < 0) throw new RangeError(`Failed to execute 'ellipse' on 'CanvasRenderingContext2D': The radius provided is negative.`);
    this.call('ellipse', [...n, Boolean(counterclockwise)]);
  }

  rect(x: number, y: number, width: number, height: number): void {
    this.numeric('rect', [x, y, width, height]);
  }

  roundRect(x: number, y: number, width: number, height: number, radii: number | number[] = 0): void {
    const n = numbers([x, y, width, height]);
    const r = numbers(Array.isArray(radii) ? radii : [radii]);
    if (n === null || r === null) return;
    this.call('roundRect', [...n, r]);
  }

  fill(rule?: string): void {
    this.call('fill', fillRule(rule));
  }

  stroke(): void {
    this.call('stroke', []);
  }

  clip(rule?: string): void {
    this.call('clip', fillRule(rule));
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    this.numeric('fillRect', [x, y, width, height]);
  }

  strokeRect(x: number, y: number, width: number, height: number): void {
    this.numeric('strokeRect', [x, y, width, height]);
  }

  clearRect(x: number, y: number, width: number, height: number): void {
    this.numeric('clearRect', [x, y, width, height]);
  }

  fillText(text: string, x: number, y: number, maxWidth?: number): void {
    this.text('fillText', text, x, y, maxWidth);
  }

  strokeText(text: string, x: number, y: number, maxWidth?: number): void {
    this.text('strokeText', text, x, y, maxWidth);
  }

  private text(method: string, value: string, x: number, y: number, maxWidth: number | undefined): void {
    const n = numbers(maxWidth === undefined ? [x, y] : [x, y, maxWidth]);
    if (n !== null) this.call(method, [String(value), ...n]);
  }

  /** The width of `text` in the current font: an estimate made here (text_metrics.ts). */
  measureText(text: string): { width: number } {
    return measureText(String(text), this.state.values.font as string);
  }

  setLineDash(segments: number[]): void {
    const n = numbers(Array.from(segments ?? []));
    if (n === null || n.some((s) => s < 0)) return;
    // Browsers repeat an odd list to make it even.
    const dash = n.length % 2 === 1 ? n.concat(n) : n;
    this.state.lineDash = dash;
    this.call('setLineDash', [dash]);
  }

  getLineDash(): number[] {
    return this.state.lineDash.slice();
  }

  /** drawImage(image, dx, dy), (image, dx, dy, dw, dh) or (image, sx, sy, sw, sh, dx, dy, dw, dh); `image` from this canvas's createImage(). */
  drawImage(image: CanvasImage, ...args: number[]): void {
    if (!(image instanceof CanvasImage)) throw new TypeError("Failed to execute 'drawImage' on 'CanvasRenderingContext2D': the image must be one Canvas.createImage() made");
    if (args.length !== 2 && args.length !== 4 && args.length !== 8) throw new TypeError(`Failed to execute 'drawImage' on 'CanvasRenderingContext2D': ${args.length + 1} arguments are not valid`);
    const n = numbers(args);
    if (n !== null) this.call('drawImage', [{ image: image.id }, ...n]);
  }

  createLinearGradient(x0: number, y0: number, x1: number, y1: number): CanvasGradient {
    return new CanvasGradient(this.canvas, 'linear', numbers([x0, y0, x1, y1]) ?? [0, 0, 0, 0]);
  }

  createRadialGradient(x0: number, y0: number, r0: number, x1: number, y1: number, r1: number): CanvasGradient {
    return new CanvasGradient(this.canvas, 'radial', numbers([x0, y0, r0, x1, y1, r1]) ?? [0, 0, 0, 0, 0, 0]);
  }

  createConicGradient(startAngle: number, x: number, y: number): CanvasGradient {
    return new CanvasGradient(this.canvas, 'conic', numbers([startAngle, x, y]) ?? [0, 0, 0]);
  }

  /** A pattern of a loaded image (null before it has loaded, as browsers answer). */
  createPattern(image: CanvasImage, repetition: string | null = 'repeat'): CanvasPattern | null {
    if (!(image instanceof CanvasImage)) throw new TypeError("Failed to execute 'createPattern' on 'CanvasRenderingContext2D': the image must be one Canvas.createImage() made");
    const repeat = repetition === null || repetition === '' ? 'repeat' : String(repetition);
    if (!['repeat', 'repeat-x', 'repeat-y', 'no-repeat'].includes(repeat)) throw new SyntaxError(`Failed to execute 'createPattern' on 'CanvasRenderingContext2D': The provided type ('${repeat}') is not one of 'repeat', 'repeat-x', 'repeat-y', or 'no-repeat'.`);
    if (!image.complete) return null;
    return new CanvasPattern(this.canvas, image.id, repeat);
  }

  createImageData(first: unknown, second?: unknown): ImageData {
    return createImageData(first, second);
  }

  /** putImageData(imageData, dx, dy[, dirtyX, dirtyY, dirtyWidth, dirtyHeight]): its pixels go to the view. */
  putImageData(imageData: ImageData, ...args: number[]): void {
    if (!(imageData instanceof ImageData)) throw new TypeError("Failed to execute 'putImageData' on 'CanvasRenderingContext2D': parameter 1 is not of type 'ImageData'.");
    const n = numbers(args.length >= 6 ? args.slice(0, 6) : args.slice(0, 2));
    if (n === null || n.length < 2) return;
    this.call('putImageData', [{ imageData: Array.from(imageData.data), width: imageData.width, height: imageData.height }, ...n]);
  }
}

// The properties: read from the state, written to it and recorded (an ignored value changes nothing).
for (const name in PROPERTIES) {
  const check = PROPERTIES[name][1];
  Object.defineProperty(CanvasRenderingContext2D.prototype, name, {
    get(this: { state: State }) {
      return this.state.values[name];
    },
    set(this: { state: State; canvas: ImageOwner }, value: unknown) {
      const kept = check(value);
      if (kept === undefined) return;
      this.state.values[name] = kept;
      this.canvas.record([CanvasCode.Set, name, wire(kept)]);
    },
    enumerable: true,
    configurable: true,
  });
}

export interface CanvasRenderingContext2D {
  fillStyle: Style;
  strokeStyle: Style;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  miterLimit: number;
  lineDashOffset: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  direction: string;
  globalAlpha: number;
  globalCompositeOperation: string;
  shadowBlur: number;
  shadowColor: string;
  shadowOffsetX: number;
  shadowOffsetY: number;
  imageSmoothingEnabled: boolean;
  imageSmoothingQuality: string;
  filter: string;
}
