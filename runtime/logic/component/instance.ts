// A component instance (a page is one too): its data and properties, its methods, and the update
// pipeline every change goes through, whether setData or a new property value from its owner:
// write the values, run the data observers it triggers, update the template, then call the
// property observers and tell the owner about `model:` bound properties.
import { copyData, parseDataPath, writeDataPath } from '../data_path.js';
import { logicConsole } from '../console.js';
import { afterApplied } from '../render_queue.js';
import { callUser } from '../report.js';
import type { Changes } from '../template/changes.js';
import type { Owner } from '../template/context.js';
import type { ComponentDefinition, Lifetime } from './definition.js';
import { flushLifetimes, holdLifetimes, releaseLifetimes } from './lifecycle.js';
import { observerArguments, triggeredObservers } from './observers.js';
import { animate, applyAnimatedStyle, clearAnimation } from './animate.js';
import { selectComponents } from './select.js';
import { SelectorQuery } from './selector_query.js';
import type { StyleMode } from './style_scope.js';
import { checkSetDataSize } from './set_data_size.js';
import { recordSetData } from '../devtools/set_data_log.js';
import { coerceProperty, defaultValue, type PropertyDefinition } from './property.js';

type Method = (...args: unknown[]) => unknown;

/** A mounted template root: updated on changes, destroyed when the page or component goes. */
export interface Updatable {
  update(changes: Changes): void;
  destroy(detach: boolean): void;
}

/** The component fragment an instance renders through (see template/component.ts). */
export interface InstanceHost {
  /** The instance of the component whose template contains this one. */
  readonly ownerInstance: ComponentInstance;
  /** Triggers a custom event on the component's node. */
  dispatch(name: string, detail: unknown, options: { bubbles?: boolean; composed?: boolean; capturePhase?: boolean }): void;
}

interface PropertyChange {
  name: string;
  prop: PropertyDefinition;
  next: unknown;
  previous: unknown;
}

/** A `path → value` write of one update. */
export interface DataWrite {
  path: string[];
  value: unknown;
  /** setData was given the very object the instance holds there (`setData({ list: this.data.list })`). */
  held?: boolean;
}

export class ComponentInstance implements Owner {
  readonly is: string;
  id = '';
  dataset: Record<string, unknown> = {};
  data: Record<string, unknown>;
  /** The definition, with behaviors merged. */
  readonly __def: ComponentDefinition;
  /** The mounted template (null before the first render). */
  __view: Updatable | null = null;
  /** What the template reads: `data`, or with `pureDataPattern` the fields that are not pure. */
  readonly __renderData: Record<string, unknown>;
  /** The fragment that renders it (null for a page). */
  __host: InstanceHost | null = null;
  /** The page it is on (a page is its own). */
  __page: ComponentInstance;
  __attached = false;
  /** Linked relation nodes, by relation key. */
  readonly __relations = new Map<string, ComponentInstance[]>();
  /** Owner callbacks for properties bound with `model:`. */
  __models: Record<string, (value: unknown) => void> | null = null;
  /** A page's attached components, in tree order. */
  readonly __components = new Set<ComponentInstance>();
  /** How its template's class names are written (style_scope.ts), once known. */
  __style: StyleMode | null = null;

  constructor(def: ComponentDefinition, page: ComponentInstance | null) {
    this.__def = def;
    this.is = def.is;
    this.__page = page ?? this;
    const data: Record<string, unknown> = {};
    for (const name in def.properties) data[name] = defaultValue(def.properties[name]);
    const own = copyData(def.data) as Record<string, unknown>;
    for (const key of Object.keys(own)) data[key] = own[key];
    this.data = data;
    const pure = def.options.pureDataPattern;
    if (pure === null) this.__renderData = data;
    else {
      this.__renderData = {};
      for (const key of Object.keys(data)) if (!pure.test(key)) this.__renderData[key] = data[key];
    }
    const self = this as unknown as Record<string, unknown>;
    for (const name in def.methods) self[name] = def.methods[name];
    for (const key of Object.keys(def.pageFields)) self[key] = copyData(def.pageFields[key]);
  }

  /** `this.properties` is the same object as `this.data`. */
  get properties(): Record<string, unknown> {
    return this.data;
  }

  setData(patch: unknown, callback?: unknown): void {
    if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
      throw new TypeError(`setData: the first argument must be an object (in ${this.is})`);
    }
    if (callback !== undefined && typeof callback !== 'function') throw new TypeError(`setData: the callback must be a function (in ${this.is})`);
    const keys = Object.keys(patch);
    const size = checkSetDataSize(patch, keys.length);
    const writes: DataWrite[] = [];
    // Index loops: QuickJS runs `for…of` and destructuring through the iterator protocol, several times slower.
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const value = (patch as Record<string, unknown>)[key];
      if (value === undefined) {
        logicConsole.warn(`Setting data field "${key}" to undefined is invalid.`);
        continue;
      }
      const path = parseDataPath(key);
      const held = path.length === 1 && value !== null && typeof value === 'object' && value === this.data[path[0]];
      writes.push({ path, value: value !== null && typeof value === 'object' ? copyData(value) : value, held });
    }
    recordSetData(this.is, keys, size);
    updateInstance(this, writes, false);
    if (typeof callback === 'function') afterApplied(() => callUser(callback as Method, this, [], this.__page.is, 'setData callback'));
  }

  /** Calls a lifetime's functions (behaviors' first), reporting what they throw. */
  __lifetime(name: Lifetime, args: unknown[] = []): void {
    for (const fn of this.__def.lifetimes[name] ?? []) callUser(fn, this, args, this.__page.is, `${this.is} ${name}`);
  }

  private __inErrorLifetime = false;

  /** One of its functions threw: the `error` lifetime hears of it (but not of its own errors). */
  __onError(error: unknown): void {
    if (this.__inErrorLifetime || this.__def.lifetimes.error === undefined) return;
    this.__inErrorLifetime = true;
    try {
      this.__lifetime('error', [error]);
    } finally {
      this.__inErrorLifetime = false;
    }
  }

  /** Calls a page lifetime (show, hide, resize, routeDone) of the component. */
  __pageLifetime(name: string, args: unknown[] = []): void {
    for (const fn of this.__def.pageLifetimes[name] ?? []) callUser(fn, this, args, this.__page.is, `${this.is} pageLifetimes.${name}`);
  }

  /** Calls a method by name (a page hook, an observer given as a name), if it exists. */
  __call(name: string, args: unknown[], where: string): unknown {
    const fn = (this as unknown as Record<string, unknown>)[name];
    if (typeof fn === 'function') return callUser(fn as Method, this, args, this.__page.is, where);
    return undefined;
  }

  triggerEvent(name: string, detail?: unknown, options?: { bubbles?: boolean; composed?: boolean; capturePhase?: boolean }): void {
    if (this.__host === null) return;
    this.__host.dispatch(String(name), detail === undefined ? {} : detail, options ?? {});
  }

  getRelationNodes(key: string): ComponentInstance[] {
    return (this.__relations.get(key) ?? []).slice();
  }

  hasBehavior(behavior: unknown): boolean {
    return this.__def.hasBehavior(behavior);
  }

  selectComponent(selector: string): unknown {
    return selectComponents(this, selector, false)[0] ?? null;
  }

  selectAllComponents(selector: string): unknown[] {
    return selectComponents(this, selector, true);
  }

  createSelectorQuery(): SelectorQuery {
    return new SelectorQuery(this);
  }

  selectOwnerComponent(): ComponentInstance | null {
    return this.__host === null ? null : this.__host.ownerInstance;
  }

  /** `groupSetData(fn)`: the setData calls in fn are one update here anyway. */
  groupSetData(fn: () => void): void {
    fn();
  }

  /** Keyframe animation of elements of this template (see animate.ts: the last keyframe at once). */
  animate(selector: string, keyframes: unknown, duration: unknown, callback?: unknown): void {
    animate(this, selector, keyframes, duration, callback);
  }

  clearAnimation(selector: string, options?: unknown, callback?: unknown): void {
    clearAnimation(this, selector, options, callback);
  }

  /** Skyline's worklet-driven style, applied once (see animate.ts). */
  applyAnimatedStyle(selector: string, updater: unknown, config?: unknown, callback?: unknown): void {
    applyAnimatedStyle(this, selector, updater, config, callback);
  }

  clearAnimatedStyle(selector: string, _styleIds?: unknown, callback?: unknown): void {
    clearAnimation(this, selector, undefined, callback);
  }

  getPageId(): string {
    return `pageId:${this.__page.is}`;
  }
}

/** Applies writes to an instance's data and propagates them (see the file's header). */
export function updateInstance(inst: ComponentInstance, writes: DataWrite[], fromOwner: boolean): void {
  const def = inst.__def;
  const data = inst.data;
  const changes: string[][] = [];
  const propertyChanges: PropertyChange[] = [];
  for (let w = 0; w < writes.length; w++) {
    const write = writes[w];
    const path = write.path;
    const value = write.value;
    const name = path[0];
    const prop = def.properties[name];
    if (prop !== undefined && path.length === 1) {
      const previous = data[name];
      const next = coerceProperty(value, name, prop);
      data[name] = next;
      // A value from the owner's template is a new one each time in WeChat (it crossed threads as a
      // copy), so an object counts as changed. The component's own setData of the object it holds
      // is no change, as WeChat compares the value it is given with the one it holds (weui's
      // slideview sets its property again from that property's observer).
      const changed = write.held !== true && (next !== previous || (fromOwner && next !== null && typeof next === 'object'));
      if (changed) propertyChanges.push({ name, prop, next, previous });
    } else {
      writeDataPath(data, path, value);
      if (prop !== undefined) propertyChanges.push({ name, prop, next: value, previous: undefined });
    }
    changes.push(path);
  }
  if (changes.length === 0) return;
  holdLifetimes();
  try {
    applyChanges(inst, changes, propertyChanges, fromOwner);
  } finally {
    releaseLifetimes();
  }
  flushLifetimes();
}

/** Observers, the template, then property observers and model bindings, for applied writes. */
function applyChanges(inst: ComponentInstance, changes: string[][], propertyChanges: PropertyChange[], fromOwner: boolean): void {
  const def = inst.__def;
  const data = inst.data;
  if (def.observers.length > 0) {
    for (const index of triggeredObservers(def.observers, changes)) {
      const observer = def.observers[index];
      const args = observerArguments(data, observer);
      if (typeof observer.fn === 'string') inst.__call(observer.fn, args, `observer ${observer.paths.map((p) => p.join('.')).join(', ')}`);
      else callUser(observer.fn, inst, args, inst.__page.is, `observer ${observer.paths.map((p) => p.join('.')).join(', ')}`);
    }
  }
  const pure = def.options.pureDataPattern;
  let rendered = changes;
  if (pure !== null) {
    rendered = changes.filter((p) => !pure.test(p[0]));
    for (const path of rendered) inst.__renderData[path[0]] = data[path[0]];
  }
  if (inst.__view !== null && rendered.length > 0) inst.__view.update({ d: rendered, s: [] });
  for (const change of propertyChanges) {
    if (!fromOwner) inst.__models?.[change.name]?.(change.next);
    const observer = change.prop.observer;
    if (typeof observer === 'string') inst.__call(observer, [change.next, change.previous], `property observer ${change.name}`);
    else if (observer !== null) callUser(observer as Method, inst, [change.next, change.previous], inst.__page.is, `property observer ${change.name}`);
  }
}
