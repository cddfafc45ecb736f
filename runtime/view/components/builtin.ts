// What every built-in component of the render layer is: a controller attached to its element
// (`wx-switch`, `wx-swiper`, …) that reads the properties the logic thread set, keeps the element's
// inner nodes (view-owned: the logic thread never sees them and snapshots leave them out) and turns
// user interaction into WeChat's events.
import type { JsonObject, JsonValue } from '../../../bridge/protocol.js';
import type { UiLayer } from '../ui.js';

/** What the render layer lends its built-in components. */
export interface ComponentHost {
  readonly document: Document;
  readonly ui: UiLayer;
  /** Screen width of the simulated device, in px (750 rpx). */
  readonly screenWidth: number;
  /** A property as the logic thread set it (`hover-class` or `hoverClass`); class lists in their DOM form. */
  prop(element: Element, name: string): JsonValue | undefined;
  /** Sends an event of the element to the logic thread. */
  emit(element: Element, type: string, detail: JsonValue): void;
  /** The built-in component of an element, if it is one. */
  builtinOf(element: Element): Builtin | undefined;
  /** The logic node id of a DOM node (undefined for view-owned nodes). */
  idOf(node: Node): number | undefined;
  /** The text of a text node as the logic thread set it. */
  textOf(node: Text): string;
  /** Shows a text node differently from its logical text (`<text decode>`); snapshots keep the logical one. */
  showText(node: Text, shown: string): void;
  /** Asks for `update()` once the current batch is applied. */
  invalidate(builtin: Builtin): void;
  /** The host's services: navigation, open capabilities, image loading. */
  readonly services: ViewServices;
  /** Milliseconds on the view's clock. */
  now(): number;
  /** Runs `fn` after a delay on the view's clock; returns a function that cancels it. */
  later(fn: () => void, ms: number): () => void;
}

/** What the render layer asks of its host for built-in components. */
export interface ViewServices {
  /** A `<navigator>` tap: the navigation API `openType` (navigateTo, redirectTo, …) with its arguments. */
  navigate(api: string, args: JsonObject): Promise<{ errMsg: string }>;
  /**
   * A `<button open-type>` tap that needs the host (openSetting, getPhoneNumber, agreePrivacyAuthorization, …);
   * the answer becomes the event's detail.
   */
  openType(type: string, args: JsonObject): Promise<JsonObject>;
  /** A page's `<navigation-bar>` set its bar: the title, colours and loading mark it gives. */
  navigationBar?(page: Element, bar: NavigationBarState): void;
}

/** What a page sets of its navigation bar (setNavigationBarTitle, setNavigationBarColor, `<navigation-bar>`). */
export interface NavigationBarState {
  title?: string;
  frontColor?: string;
  backgroundColor?: string;
  loading?: boolean;
}

/** A property read as WeChat's Boolean properties are: present and not false, 0 or empty. */
export function bool(value: JsonValue | undefined, fallback = false): boolean {
  if (value === undefined || value === null) return fallback;
  return Boolean(value);
}

/** A Number property; the fallback when it is missing or not a number. */
export function num(value: JsonValue | undefined, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

/** A String property; the fallback when it is missing. */
export function str(value: JsonValue | undefined, fallback = ''): string {
  if (value === undefined || value === null || value === false) return fallback;
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A length property: a number is px, a string may be px or rpx. */
export function length(value: JsonValue | undefined, fallback: number, screenWidth: number): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return fallback;
  const m = /^\s*(-?[\d.]+)\s*(rpx|px)?\s*$/i.exec(value);
  if (m === null) return fallback;
  const n = Number(m[1]);
  return m[2]?.toLowerCase() === 'rpx' ? (n / 750) * screenWidth : n;
}

/** A pressed node's hover state: `hover-class` and its timings. */
export interface HoverSpec {
  /** The classes to add ('' or `none`: none). */
  className: string;
  /** Delay before they are shown, in ms. */
  startTime: number;
  /** How long they stay after the touch ends, in ms. */
  stayTime: number;
  /** Its ancestors show no hover state. */
  stopPropagation: boolean;
}

/** The hover state a node's `hover-class`, `hover-start-time`, `hover-stay-time`, `hover-stop-propagation` describe. */
export function hoverSpec(builtin: Builtin, defaults: { className: string; startTime: number; stayTime: number }): HoverSpec {
  const prop = (name: string) => builtin.host.prop(builtin.element, name);
  return {
    className: str(prop('hover-class'), defaults.className),
    startTime: num(prop('hover-start-time'), defaults.startTime),
    stayTime: num(prop('hover-stay-time'), defaults.stayTime),
    stopPropagation: bool(prop('hover-stop-propagation')),
  };
}

/** A built-in form control: what a `<form>` collects and resets. */
export interface FormField {
  /** Its `name` ('' when it has none: it is not collected). */
  fieldName(): string;
  fieldValue(): JsonValue;
  /** Back to the value the logic thread set (a form's reset). */
  resetField(): void;
}

export function isFormField(builtin: Builtin | undefined): builtin is Builtin & FormField {
  return builtin !== undefined && typeof (builtin as Partial<FormField>).fieldValue === 'function';
}

export abstract class Builtin {
  constructor(
    readonly element: HTMLElement,
    readonly host: ComponentHost,
  ) {}

  /** Where the logic thread's children of the element go (the element itself unless a component says otherwise). */
  get content(): Element {
    return this.element;
  }

  protected prop(name: string): JsonValue | undefined {
    return this.host.prop(this.element, name);
  }

  protected emit(type: string, detail: JsonValue = {}): void {
    this.host.emit(this.element, type, detail);
  }

  /** Creates a view-owned element with a class. */
  protected make(tag: string, className: string, parent?: Node, before: Node | null = null): HTMLElement {
    const el = this.host.document.createElement(tag) as HTMLElement;
    if (className !== '') el.className = className;
    if (parent !== undefined) parent.insertBefore(el, before);
    return el;
  }

  /** A property changed; the default asks for an update once the batch is applied. */
  propertyChanged(_name: string): void {
    if (this.hasUpdate) this.host.invalidate(this);
  }

  /** The children the logic thread gave it changed. */
  childrenChanged(): void {}

  /** Applies the properties (after a batch). */
  update(): void {}

  /** Whether the component applies properties at all (a plain view does not: it is never queued). */
  get hasUpdate(): boolean {
    return this.update !== Builtin.prototype.update;
  }

  /**
   * A tap on the element or inside it (after the `tap` event went to the logic thread). Returns
   * true when the component acted on it, which ends the search for a component to act.
   */
  activate(_event: MouseEvent): boolean {
    return false;
  }

  /** The hover state it shows while pressed, if it has one (view, button, navigator). */
  hover(): HoverSpec | null {
    return null;
  }

  private stopFollowing: (() => void) | null = null;

  /**
   * Follows a press until it is let go: `move` hears every pointer move, `up` the release (after
   * the following stopped). A new press ends the one before; so does the element going away.
   */
  protected followPointer(move: (event: PointerEvent) => void, up: (event: PointerEvent) => void): void {
    this.stopFollowing?.();
    const document = this.element.ownerDocument;
    const onMove = (event: Event) => move(event as PointerEvent);
    const onUp = (event: Event) => {
      stop();
      up(event as PointerEvent);
    };
    const stop = () => {
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onUp);
      this.stopFollowing = null;
    };
    document.addEventListener('pointermove', onMove);
    document.addEventListener('pointerup', onUp);
    this.stopFollowing = stop;
  }

  /** The element went away: stop timers and listeners (subclasses call this too). */
  destroy(): void {
    this.stopFollowing?.();
  }
}

export type BuiltinClass = new (element: HTMLElement, host: ComponentHost) => Builtin;
