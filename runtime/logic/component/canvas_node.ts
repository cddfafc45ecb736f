// What `SelectorQuery.node()` gives for a `<canvas type="2d|webgl">`: WeChat's Canvas object, as a
// canvas without drawing contexts (the render layer has no canvas: spec/compatibility.md). It keeps
// its size, `getContext` answers null as a browser's canvas does for a context it cannot make, and
// its timers and images behave, so code that sets the canvas up runs and finds no context to draw on.
import { clearTimer, setTimeout } from '../timers.js';

export function canvasNode(): Record<string, unknown> {
  return {
    width: 300,
    height: 150,
    getContext: () => null,
    createImage: () => ({ src: '', width: 0, height: 0, onload: null, onerror: null }),
    createImageData: (width = 0, height = 0) => ({ width, height, data: new Uint8ClampedArray(Math.max(0, width * height * 4)) }),
    createPath2D: () => null,
    requestAnimationFrame: (callback: unknown) => setTimeout(callback, 16),
    cancelAnimationFrame: (id: unknown) => clearTimer(id),
    toDataURL: () => 'data:,',
  };
}
