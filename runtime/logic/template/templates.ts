// Compiled WXML files, registered by logic.js and built on first use.
import type { TemplateNode } from '../../../spec/bundle.js';
import { toText } from './context.js';

type TemplateFactory = (text: (value: unknown) => string) => TemplateNode[];

const factories: Record<string, TemplateFactory> = Object.create(null);
const built: Record<string, TemplateNode[]> = Object.create(null);

/** Registers the compiled form of a WXML file (`pages/index/index.wxml`). */
export function defineTemplate(path: string, factory: TemplateFactory): void {
  factories[path] = factory;
}

/** The template nodes of a WXML file, or undefined when the bundle has no such file. */
export function templateNodes(path: string): TemplateNode[] | undefined {
  let nodes = built[path];
  if (nodes === undefined) {
    const factory = factories[path];
    if (factory === undefined) return undefined;
    nodes = built[path] = factory(toText);
  }
  return nodes;
}
