// Definitions by path: Component() and Page() register the file being injected; templates resolve
// a tag to a definition through the file's usingComponents (then app.json's global ones).
import type { ComponentConfig } from '../../../spec/bundle.js';
import { componentDefinition, pageDefinition, type ComponentDefinition } from './definition.js';

const definitions: Record<string, ComponentDefinition> = Object.create(null);
let configs: Record<string, ComponentConfig> = Object.create(null);
let appUsing: Record<string, string> = Object.create(null);
let injecting: string | undefined;
const tagCache = new Map<ComponentDefinition, Map<string, ComponentDefinition | null>>();

/** What the manifest says of every page's and component's usingComponents, and app.json's. */
export function setComponentConfigs(components: Record<string, ComponentConfig>, using: Record<string, string>): void {
  configs = components;
  appUsing = using;
}

/** Sets the config of a page made at run time (a component shown alone). */
export function defineConfig(path: string, config: ComponentConfig): void {
  configs[path] = config;
}

export function configOf(path: string): ComponentConfig {
  return configs[path] ?? {};
}

/** Names the page or component whose script is being injected, so that its Page()/Component() call registers under it. */
export function setInjecting(path: string | undefined): string | undefined {
  const outer = injecting;
  injecting = path;
  return outer;
}

function registering(constructor: string, options: unknown): [string, Record<string, unknown>] {
  if (options === null || typeof options !== 'object') throw new TypeError(`${constructor}(): options must be an object`);
  if (injecting === undefined) throw new Error(`${constructor}() can only be called while a page's or component's own script is injected`);
  return [injecting, options as Record<string, unknown>];
}

/** `Component(options)`. */
export function Component(options: unknown): void {
  const [path, o] = registering('Component', options);
  definitions[path] = componentDefinition(path, o);
}

/** `Page(options)`. */
export function Page(options: unknown): void {
  const [path, o] = registering('Page', options);
  definitions[path] = pageDefinition(path, o);
}

let loadDefinition: (path: string) => void = () => undefined;

/** How a page or component whose script was not run yet gets registered (its chunk, then its script). */
export function setDefinitionLoader(loader: (path: string) => void): void {
  loadDefinition = loader;
}

export function definitionOf(path: string): ComponentDefinition | undefined {
  if (definitions[path] === undefined) loadDefinition(path);
  return definitions[path];
}

/** The definition a tag in `owner`'s template stands for, or null for a built-in component. */
export function resolveTag(owner: ComponentDefinition, tag: string): ComponentDefinition | null {
  let cache = tagCache.get(owner);
  if (cache === undefined) tagCache.set(owner, (cache = new Map()));
  let def = cache.get(tag);
  if (def === undefined) {
    const path = configOf(owner.is).using?.[tag] ?? appUsing[tag];
    def = path === undefined ? null : (definitionOf(path) ?? null);
    cache.set(tag, def);
  }
  return def;
}
