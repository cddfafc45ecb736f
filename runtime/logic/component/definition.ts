// A component's definition with its behaviors flattened in, by WeChat's merge rules: properties,
// data fields and methods of the component override its behaviors', a later behavior overrides an
// earlier one, and a behavior overrides the ones it uses; data objects are merged deeply;
// lifetimes and observers all run, a behavior's first, and each behavior's only once.
import { logicConsole } from '../console.js';
import { parseDataPath } from '../data_path.js';
import { BehaviorDefinition, COMPONENT_EXPORT, resolveBehavior } from './behavior.js';
import { normalizeProperty, type PropertyDefinition } from './property.js';

type Method = (this: unknown, ...args: unknown[]) => unknown;

export type RelationType = 'parent' | 'child' | 'ancestor' | 'descendant';

export interface RelationDefinition {
  /** The key as written in `relations`, which getRelationNodes takes. */
  key: string;
  type: RelationType;
  /** The component path it links to, or a behavior the other side must have. */
  target: string | BehaviorDefinition;
  linked: Method | null;
  linkChanged: Method | null;
  unlinked: Method | null;
}

export interface ObserverDefinition {
  /** Each watched path; `**` as the last segment watches everything below. */
  paths: string[][];
  fn: Method | string;
}

export interface ComponentOptions {
  multipleSlots: boolean;
  addGlobalClass: boolean;
  styleIsolation: string;
  pureDataPattern: RegExp | null;
  virtualHost: boolean;
}

export const LIFETIMES = ['created', 'attached', 'ready', 'moved', 'detached', 'error'] as const;
export type Lifetime = (typeof LIFETIMES)[number];
export const PAGE_LIFETIMES = ['show', 'hide', 'resize', 'routeDone'] as const;

export class ComponentDefinition {
  properties: Record<string, PropertyDefinition> = Object.create(null);
  data: Record<string, unknown> = {};
  methods: Record<string, Method> = Object.create(null);
  lifetimes: Record<string, Method[]> = Object.create(null);
  pageLifetimes: Record<string, Method[]> = Object.create(null);
  observers: ObserverDefinition[] = [];
  relations: RelationDefinition[] = [];
  externalClasses: string[] = [];
  options: ComponentOptions = { multipleSlots: false, addGlobalClass: false, styleIsolation: '', pureDataPattern: null, virtualHost: false };
  behaviors = new Set<BehaviorDefinition>();
  /** Page() only: its non-function fields, copied onto each instance. */
  pageFields: Record<string, unknown> = {};
  /** wx://component-export: what selectComponent returns instead of the instance. */
  exportFn: Method | null = null;

  constructor(
    /** The component's path (a page's route). */
    readonly is: string,
    /** Made by Page() (a component made by Component() may still be used as a page). */
    readonly isPage: boolean,
  ) {}

  hasBehavior(behavior: unknown): boolean {
    const b = resolveBehavior(behavior, this.is);
    return b !== null && this.behaviors.has(b);
  }
}

/** Copies `source` into `target`, merging objects that both have (data fields' merge rule). */
function mergeData(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(source)) {
    const next = source[key];
    const current = target[key];
    if (current !== null && typeof current === 'object' && !Array.isArray(current) && next !== null && typeof next === 'object' && !Array.isArray(next)) {
      const merged = { ...(current as Record<string, unknown>) };
      mergeData(merged, next as Record<string, unknown>);
      target[key] = merged;
    } else {
      target[key] = next;
    }
  }
}

/** Parses an observer's key: comma-separated data paths, each may end in `**`. */
export function parseObserverPaths(key: string): string[][] {
  return key.split(',').map((part) => {
    const path = part.trim();
    if (path === '**') return ['**'];
    if (path.endsWith('.**')) return [...parseDataPath(path.slice(0, -3)), '**'];
    return parseDataPath(path);
  });
}

/** Resolves a relation key (a relative or absolute component path) against the component's path. */
function relationTarget(key: string, is: string): string {
  const base = key.startsWith('/') ? [] : is.split('/').slice(0, -1);
  const out: string[] = [];
  for (const part of base.concat(key.split('/'))) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function isMethod(value: unknown): value is Method {
  return typeof value === 'function';
}

/** Adds one options object (a component's or a behavior's) on top of what the definition has. */
function apply(def: ComponentDefinition, options: Record<string, unknown>, source: string): void {
  const properties = options.properties;
  if (properties !== null && typeof properties === 'object') {
    for (const [name, spec] of Object.entries(properties)) def.properties[name] = normalizeProperty(name, spec, source);
  }
  if (options.data !== null && typeof options.data === 'object') mergeData(def.data, options.data as Record<string, unknown>);
  if (options.methods !== null && typeof options.methods === 'object') {
    for (const [name, fn] of Object.entries(options.methods)) if (isMethod(fn)) def.methods[name] = fn;
  }
  const lifetimes = (options.lifetimes ?? {}) as Record<string, unknown>;
  for (const name of LIFETIMES) {
    const fn = isMethod(lifetimes[name]) ? lifetimes[name] : options[name];
    if (isMethod(fn)) (def.lifetimes[name] ??= []).push(fn);
  }
  const pageLifetimes = (options.pageLifetimes ?? {}) as Record<string, unknown>;
  for (const name of PAGE_LIFETIMES) {
    const fn = pageLifetimes[name];
    if (isMethod(fn)) (def.pageLifetimes[name] ??= []).push(fn);
  }
  const observers = options.observers;
  if (observers !== null && typeof observers === 'object') {
    for (const [key, fn] of Object.entries(observers)) {
      if (!isMethod(fn) && typeof fn !== 'string') continue;
      try {
        def.observers.push({ paths: parseObserverPaths(key), fn });
      } catch (error) {
        logicConsole.warn(`${source}: observer "${key}" is ignored: ${(error as Error).message}`);
      }
    }
  }
  const relations = options.relations;
  if (relations !== null && typeof relations === 'object') {
    for (const [key, spec] of Object.entries(relations as Record<string, Record<string, unknown>>)) {
      const type = spec?.type;
      if (type !== 'parent' && type !== 'child' && type !== 'ancestor' && type !== 'descendant') {
        logicConsole.warn(`${source}: relation "${key}" has an invalid type ${JSON.stringify(type)}; it is ignored.`);
        continue;
      }
      const target = spec.target instanceof BehaviorDefinition ? spec.target : relationTarget(typeof spec.target === 'string' ? spec.target : key, def.is);
      def.relations = def.relations.filter((r) => r.key !== key);
      def.relations.push({
        key,
        type,
        target,
        linked: isMethod(spec.linked) ? spec.linked : null,
        linkChanged: isMethod(spec.linkChanged) ? spec.linkChanged : null,
        unlinked: isMethod(spec.unlinked) ? spec.unlinked : null,
      });
    }
  }
  if (Array.isArray(options.externalClasses)) {
    for (const name of options.externalClasses) if (typeof name === 'string' && !def.externalClasses.includes(name)) def.externalClasses.push(name);
  }
  if (options.options !== null && typeof options.options === 'object') {
    const o = options.options as Record<string, unknown>;
    if (typeof o.multipleSlots === 'boolean') def.options.multipleSlots = o.multipleSlots;
    if (typeof o.addGlobalClass === 'boolean') def.options.addGlobalClass = o.addGlobalClass;
    if (typeof o.styleIsolation === 'string') def.options.styleIsolation = o.styleIsolation;
    if (o.pureDataPattern instanceof RegExp) def.options.pureDataPattern = o.pureDataPattern;
    if (typeof o.virtualHost === 'boolean') def.options.virtualHost = o.virtualHost;
  }
  if (isMethod(options.export)) def.exportFn = options.export;
}

/** Applies the behaviors of `options` (depth first, each once), then `options` itself. */
function applyWithBehaviors(def: ComponentDefinition, options: Record<string, unknown>, source: string): void {
  if (Array.isArray(options.behaviors)) {
    for (const entry of options.behaviors) {
      const behavior = resolveBehavior(entry, source);
      if (behavior === null || def.behaviors.has(behavior)) continue;
      def.behaviors.add(behavior);
      applyWithBehaviors(def, behavior.options, behavior.name);
    }
  }
  apply(def, options, source);
}

/** The definition of `Component(options)` for the component at `is`. */
export function componentDefinition(is: string, options: Record<string, unknown>): ComponentDefinition {
  const def = new ComponentDefinition(is, false);
  applyWithBehaviors(def, options, is);
  if (def.exportFn !== null && !def.behaviors.has(COMPONENT_EXPORT)) def.exportFn = null;
  return def;
}

/** The definition of `Page(options)`: every function is a method, every other field (but data) is copied onto the page. */
export function pageDefinition(route: string, options: Record<string, unknown>): ComponentDefinition {
  const def = new ComponentDefinition(route, true);
  applyWithBehaviors(def, { behaviors: options.behaviors, data: options.data }, route);
  for (const [key, value] of Object.entries(options)) {
    if (key === 'data' || key === 'behaviors') continue;
    if (isMethod(value)) def.methods[key] = value;
    else def.pageFields[key] = value;
  }
  return def;
}
