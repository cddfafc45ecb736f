// `wx.worklet`, as a page rendered without Skyline can have it: Skyline runs worklet functions on
// its UI thread and animates shared values frame by frame; here there is one thread and no frame
// loop, so a worklet function runs where it is called and an animation's value is its end at once
// (`sv.value = timing(100, …)` sets 100, and the callback hears that it finished). Shared and
// derived values, the animation builders, `runOnUI`/`runOnJS` and the `Easing` curves all exist,
// so code written for Skyline runs; what it drives moves without the frames in between.
import { logicConsole } from '../console.js';
import { callUser, runningPage } from '../report.js';

type Curve = (t: number) => number;

/** An animation's end value, and who hears that it finished. */
function finished<T>(value: T, callback: unknown): T {
  if (typeof callback === 'function') {
    const page = runningPage();
    void Promise.resolve().then(() => callUser(callback as (done: boolean) => void, undefined, [true], page, 'worklet animation callback'));
  }
  return value;
}

/**
 * A cubic Bézier curve from (0,0) to (1,1) through (x1,y1), (x2,y2): y for x, by bisection. As in
 * WeChat, `factory()` gives the curve too (`Easing.bezier(…).factory()`).
 */
function bezier(x1: number, y1: number, x2: number, y2: number): Curve & { factory(): Curve } {
  const at = (a: number, b: number, t: number) => 3 * a * t * (1 - t) ** 2 + 3 * b * t * t * (1 - t) + t ** 3;
  const curve: Curve = (x) => {
    if (x <= 0 || x >= 1) return x;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (at(x1, x2, mid) < x) lo = mid;
      else hi = mid;
    }
    return at(y1, y2, (lo + hi) / 2);
  };
  return Object.assign(curve, { factory: () => curve });
}

const bounce: Curve = (t) => {
  if (t < 1 / 2.75) return 7.5625 * t * t;
  if (t < 2 / 2.75) return 7.5625 * (t -= 1.5 / 2.75) * t + 0.75;
  if (t < 2.5 / 2.75) return 7.5625 * (t -= 2.25 / 2.75) * t + 0.9375;
  return 7.5625 * (t -= 2.625 / 2.75) * t + 0.984375;
};

/** WeChat's `Easing` module: the curves of easings.net, and the ways to turn one around. */
const Easing = {
  linear: (t: number) => t,
  ease: bezier(0.42, 0, 1, 1),
  quad: (t: number) => t * t,
  cubic: (t: number) => t * t * t,
  poly: (n: number): Curve => (t) => t ** n,
  sin: (t: number) => 1 - Math.cos((t * Math.PI) / 2),
  circle: (t: number) => 1 - Math.sqrt(1 - t * t),
  exp: (t: number) => 2 ** (10 * (t - 1)),
  elastic: (bounciness = 1): Curve => {
    const p = bounciness * Math.PI;
    return (t) => 1 - Math.cos((t * Math.PI) / 2) ** 3 * Math.cos(t * p);
  },
  back: (s = 1.70158): Curve => (t) => t * t * ((s + 1) * t - s),
  bounce,
  bezier,
  cubicBezier: bezier,
  steps: (n = 10, roundToNextStep = true): Curve => (t) => (roundToNextStep ? Math.ceil(t * n) : Math.floor(t * n)) / n,
  in: (curve: Curve): Curve => curve,
  out: (curve: Curve): Curve => (t) => 1 - curve(1 - t),
  inOut: (curve: Curve): Curve => (t) => (t < 0.5 ? curve(t * 2) / 2 : 1 - curve((1 - t) * 2) / 2),
};

let warned = false;

export function createWorklet(): Record<string, unknown> {
  return {
    shared: <T>(value: T) => ({ value }),
    derived: <T>(fn: () => T) => ({
      get value() {
        return fn();
      },
    }),
    timing: (to: unknown, _options?: unknown, callback?: unknown) => finished(to, callback),
    spring: (to: unknown, _options?: unknown, callback?: unknown) => finished(to, callback),
    decay: (options?: { clamp?: [number, number] }, callback?: unknown) => finished(options?.clamp?.[1] ?? 0, callback),
    sequence: (...animations: unknown[]) => animations[animations.length - 1],
    repeat: (animation: unknown) => animation,
    delay: (_ms: number, animation: unknown) => animation,
    cancelAnimation: () => undefined,
    runOnUI: (fn: (...args: unknown[]) => unknown) => (...args: unknown[]) => fn(...args),
    runOnJS: (fn: (...args: unknown[]) => unknown) => fn,
    scrollTo: () => {
      if (warned) return;
      warned = true;
      logicConsole.warn('wx.worklet.scrollTo is not supported here: it does nothing');
    },
    Easing,
  };
}
