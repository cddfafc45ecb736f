// Skyline's custom routes (`wx.router`), as pages rendered without Skyline can have them. Every
// page has a route context: its shared values (`primaryAnimation`, `secondaryAnimation`, their
// statuses, `userGestureInProgress`) and `startUserGesture`/`stopUserGesture`/`didPop`. As with
// `wx.worklet`, there are no frames: a page's transition is at its end as soon as it opens
// (primaryAnimation 1, status completed), and the page below stays where it was. A page opened
// by `wx.navigateTo({ url, routeType, routeOptions })` runs the builder registered for that type
// with its context, before the page is created (a builder may add values to the context that the
// page reads), and the style its `handlePrimaryAnimation` gives at that end is set on the page.
import { styleText } from './component/animate.js';
import type { ComponentInstance } from './component/instance.js';
import { logicConsole } from './console.js';
import { setAttribute } from './ops.js';
import { callUser } from './report.js';

/** Where a route's animation is, as Skyline numbers it. */
const enum AnimationStatus {
  Dismissed = 0,
  Forward = 1,
  Reverse = 2,
  Completed = 3,
}

interface SharedValue<T> {
  value: T;
}

export interface RouteContext {
  primaryAnimation: SharedValue<number>;
  primaryAnimationStatus: SharedValue<number>;
  secondaryAnimation: SharedValue<number>;
  secondaryAnimationStatus: SharedValue<number>;
  userGestureInProgress: SharedValue<number>;
  startUserGesture(): void;
  stopUserGesture(): void;
  didPop(): void;
  [added: string]: unknown;
}

type RouteBuilder = (context: RouteContext, options: unknown) => unknown;

const builders = new Map<string, RouteBuilder>();
const contexts = new WeakMap<ComponentInstance, RouteContext>();
/** The route a wx.navigateTo call asked for, by the call's id, until its page opens. */
const asked = new Map<number, { type: string; options: unknown }>();
/** The route config a page's builder returned. */
const configs = new WeakMap<ComponentInstance, Record<string, unknown>>();

function newContext(): RouteContext {
  const userGestureInProgress = { value: 0 };
  return {
    primaryAnimation: { value: 1 },
    primaryAnimationStatus: { value: AnimationStatus.Completed },
    secondaryAnimation: { value: 0 },
    secondaryAnimationStatus: { value: AnimationStatus.Dismissed },
    userGestureInProgress,
    startUserGesture: () => void (userGestureInProgress.value = 1),
    stopUserGesture: () => void (userGestureInProgress.value = 0),
    didPop: () => {
      const wx = (globalThis as { wx?: { navigateBack?: (o: object) => void } }).wx;
      wx?.navigateBack?.({ delta: 1 });
    },
  };
}

function contextOf(page: ComponentInstance): RouteContext {
  let context = contexts.get(page);
  if (context === undefined) {
    context = newContext();
    contexts.set(page, context);
  }
  return context;
}

/** `wx.router`. */
export function createRouter(): Record<string, unknown> {
  return {
    addRouteBuilder(routeType: unknown, builder: unknown): void {
      if (typeof routeType !== 'string' || typeof builder !== 'function') {
        logicConsole.warn('wx.router.addRouteBuilder: routeType must be a string and routeBuilder a function');
        return;
      }
      builders.set(routeType, builder as RouteBuilder);
    },
    removeRouteBuilder(routeType: unknown): void {
      if (typeof routeType === 'string') builders.delete(routeType);
    },
    /** The route context of the page `self` is, or is in. */
    getRouteContext(self: unknown): RouteContext | undefined {
      const page = (self as Partial<ComponentInstance> | null | undefined)?.__page;
      return page === undefined ? undefined : contextOf(page);
    },
  };
}

/** A wx.navigateTo call (`id`) was sent: the route type it names, if any, waits for its page. */
export function routeAsked(id: number, options: unknown): void {
  if (options === null || typeof options !== 'object') return;
  const { routeType, routeOptions } = options as Record<string, unknown>;
  if (typeof routeType === 'string' && routeType !== '') asked.set(id, { type: routeType, options: routeOptions ?? {} });
}

export function forgetRoute(id: number): void {
  asked.delete(id);
}

/** The page navigateTo call `call` asked for is about to be created: its route's builder runs. */
export function enterRoute(page: ComponentInstance, call: number | undefined): void {
  const route = call === undefined ? undefined : asked.get(call);
  if (route === undefined || call === undefined) return;
  asked.delete(call);
  const builder = builders.get(route.type);
  if (builder === undefined) {
    logicConsole.warn(`wx.navigateTo: routeType "${route.type}" has no builder (wx.router.addRouteBuilder): the page opens with the default route`);
    return;
  }
  const config = callUser(builder, undefined, [contextOf(page), route.options], page.is, `route builder "${route.type}"`);
  if (config !== null && typeof config === 'object') configs.set(page, config as Record<string, unknown>);
}

/** The page's first render is on its way: the style its route gives it at the transition's end. */
export function styleRoutePage(page: ComponentInstance, root: number): void {
  const handle = configs.get(page)?.handlePrimaryAnimation;
  if (typeof handle !== 'function') return;
  const style = callUser(handle as () => unknown, undefined, [], page.is, 'handlePrimaryAnimation');
  if (style !== null && typeof style === 'object') setAttribute(root, 'style', styleText(style as Record<string, unknown>));
}
