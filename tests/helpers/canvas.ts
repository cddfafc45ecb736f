// A happy-dom canvas adapter whose 2d context records what it is asked to do, for the canvas tests:
// happy-dom has no 2d context of its own.
import type { ICanvasAdapter } from 'happy-dom';

/** A 2d context that records its calls and property sets, in order. */
export function recordingAdapter(calls: unknown[][]): ICanvasAdapter {
  const gradient = (kind: string) => ({ kind, addColorStop: (offset: number, color: string) => calls.push(['addColorStop', offset, color]) });
  const context = new Proxy({} as Record<string, unknown>, {
    get(_target, name: string) {
      if (name === 'createLinearGradient' || name === 'createRadialGradient') return (...args: unknown[]) => (calls.push([name, ...args]), gradient(name === 'createLinearGradient' ? 'linear' : 'radial'));
      return (...args: unknown[]) => calls.push([name, ...args]);
    },
    set(_target, name: string, value: unknown) {
      calls.push(['set', name, value]);
      return true;
    },
  });
  return {
    getContext: (_caller, type) => (type === '2d' ? (context as never) : null),
    toDataURL: () => 'data:,',
    toBlob: (_caller, callback) => callback(null),
  };
}

