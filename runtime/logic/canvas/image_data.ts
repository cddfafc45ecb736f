// ImageData, as Canvas.createImageData and CanvasRenderingContext2D.createImageData make it: a
// width, a height and their RGBA pixels, which putImageData sends to the view.

export class ImageData {
  readonly data: Uint8ClampedArray;

  constructor(
    readonly width: number,
    readonly height: number,
    data?: ArrayLike<number>,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4);
    if (data !== undefined) this.data.set(Array.prototype.slice.call(data, 0, this.data.length) as number[]);
  }
}

function side(value: unknown, name: string): number {
  const n = Math.floor(Number(value));
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`Failed to execute 'createImageData': The source ${name} is 0 or not a number.`);
  return n;
}

/**
 * createImageData(width, height), createImageData(imageData) (blank, of its size) or
 * createImageData(data, width, height) (those pixels).
 */
export function createImageData(first: unknown, second?: unknown, third?: unknown): ImageData {
  if (first instanceof ImageData) return new ImageData(first.width, first.height);
  if (first !== null && typeof first === 'object' && typeof (first as ArrayLike<number>).length === 'number') {
    return new ImageData(side(second, 'width'), side(third, 'height'), first as ArrayLike<number>);
  }
  return new ImageData(side(first, 'width'), side(second, 'height'));
}
