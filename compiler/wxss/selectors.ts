// Selectors of one sheet, rewritten for the DOM the render layer builds and for style isolation
// (spec/bundle-format.md, "view.css"):
// - a built-in component's tag is its element's (`view` → `wx-view`);
// - in a scoped sheet, class `x` becomes `<scope>--x` (the logic thread gives the nodes of the
//   page or component the same names), except the built-ins' own inner classes (`wx-…`);
// - in a component's sheet, `:host` is the component's node (`[wx-host~="<scope>"]`), and a rule
//   whose subject has no class of the component is confined to the component's nodes (`<scope>`);
// - a page's sheet applies inside that page only (`:where(page[wx-route="…"])`), and app.wxss
//   stays out of the pages that turn it off.
// `:where()` adds no specificity, so rules keep WeChat's precedence.
import type { Container, Node, Pseudo, Root, Selector } from 'postcss-selector-parser';
import { selectorParser } from '../lazy_packages.js';
import { BUILTIN_COMPONENTS } from '../wxml/builtins.js';

/** How the selectors of one sheet are rewritten. */
export type SheetScope =
  /** app.wxss: global, except in the pages listed (they turn app.wxss off). */
  | { kind: 'app'; excludedRoutes: string[] }
  /** A page's sheet; `scope` set when its classes are scoped (page-isolated, page-apply-shared). */
  | { kind: 'page'; route: string; scope?: string }
  /** A component's sheet; `scope` unset for a `shared` one, whose rules are global. */
  | { kind: 'component'; scope?: string; hostScope: string };

/** Tags that are WXML's own, not elements. */
const NOT_ELEMENTS = new Set(['block', 'slot', 'template', 'import', 'include', 'wxs']);

/** Pseudo-elements written with one colon (CSS 2). */
const LEGACY_PSEUDO_ELEMENTS = new Set([':before', ':after', ':first-line', ':first-letter']);

function parse(text: string): Node[] {
  const root = selectorParser()().astSync(text);
  return (root.first as Selector).nodes.map((n) => n.clone() as Node);
}

function isPseudoElement(node: Node): boolean {
  return node.type === 'pseudo' && (node.value.startsWith('::') || LEGACY_PSEUDO_ELEMENTS.has(node.value.toLowerCase()));
}

/** The compounds of a complex selector: runs of nodes between combinators. */
function compounds(selector: Selector): Node[][] {
  const out: Node[][] = [[]];
  for (const node of selector.nodes) {
    if (node.type === 'combinator') out.push([]);
    else out[out.length - 1].push(node);
  }
  return out;
}

/** Inserts nodes into a compound, before its pseudo-elements. */
function addToCompound(selector: Selector, compound: Node[], nodes: Node[]): void {
  const pseudoElement = compound.find(isPseudoElement);
  if (pseudoElement !== undefined) for (const n of nodes) selector.insertBefore(pseudoElement, n);
  else if (compound.length > 0) {
    let after = compound[compound.length - 1];
    for (const n of nodes) {
      selector.insertAfter(after, n);
      after = n;
    }
  } else for (const n of nodes) selector.append(n);
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** `view` → `wx-view` wherever a tag is written (inside `:not()` too). */
function mapTags(root: Root): void {
  root.walkTags((tag) => {
    const name = tag.value.toLowerCase();
    if (BUILTIN_COMPONENTS.has(name) && !NOT_ELEMENTS.has(name)) tag.value = `wx-${name}`;
  });
}

/** Prefixes class names with the scope, except those inside `:host(…)` (the node's own classes) and the built-ins' inner ones. */
function scopeClasses(container: Container, scope: string): void {
  container.each((node) => {
    if (node.type === 'pseudo' && node.value.toLowerCase() === ':host') return;
    if (node.type === 'class') {
      if (!node.value.startsWith('wx-')) node.value = `${scope}--${node.value}`;
    } else if ('nodes' in node && Array.isArray(node.nodes)) scopeClasses(node as Container, scope);
  });
}

/** `:host` → the component's node; `:host(.a)` → the node with those classes. */
function replaceHost(selector: Selector, hostScope: string): boolean {
  let found = false;
  selector.walkPseudos((pseudo: Pseudo) => {
    if (pseudo.value.toLowerCase() !== ':host') return;
    found = true;
    const replacement = parse(`[wx-host~=${quote(hostScope)}]`);
    replacement[0].spaces.before = pseudo.spaces.before;
    const inner = pseudo.nodes[0] as Selector | undefined;
    if (inner !== undefined) replacement.push(...inner.nodes.map((n) => n.clone() as Node));
    for (const n of replacement) pseudo.parent!.insertBefore(pseudo, n);
    pseudo.remove();
  });
  return found;
}

function hasOwnClass(compound: Node[]): boolean {
  return compound.some((n) => n.type === 'class' && !n.value.startsWith('wx-'));
}

function isPageTag(node: Node): boolean {
  return node.type === 'tag' && node.value.toLowerCase() === 'page';
}

/** Confines a complex selector to the pages `condition` names: on its `page` compound, else as an ancestor. */
function withinPage(selector: Selector, condition: string): void {
  const first = compounds(selector)[0];
  if (first.some(isPageTag)) addToCompound(selector, first, parse(`:where(${condition})`));
  else {
    // The space before the selector (after a comma) stays before it.
    const lead = selector.first?.spaces.before ?? '';
    if (selector.first !== undefined) selector.first.spaces.before = '';
    selector.prepend(selectorParser().combinator({ value: ' ' }));
    for (const node of parse(`:where(page${condition})`).reverse()) selector.prepend(node);
    selector.first.spaces.before = lead;
  }
}

export interface RewriteResult {
  selector: string;
  /** A rule whose subject has no class of the component was confined with the scope's marker class. */
  marked: boolean;
}

/** Rewrites one rule's selector list for `scope`. */
export function rewriteSelector(text: string, scope: SheetScope): RewriteResult {
  let marked = false;
  const result = selectorParser()((root) => {
    mapTags(root);
    root.each((selector) => {
      if (scope.kind === 'app') {
        if (scope.excludedRoutes.length > 0) withinPage(selector, `:not(${scope.excludedRoutes.map((r) => `[wx-route=${quote(r)}]`).join(',')})`);
        return;
      }
      if (scope.kind === 'page') {
        selector.walkPseudos((pseudo) => {
          if (pseudo.value.toLowerCase() === ':host' && pseudo.nodes.length === 0) pseudo.replaceWith(selectorParser().tag({ value: 'page' }));
        });
        if (scope.scope !== undefined) scopeClasses(selector, scope.scope);
        withinPage(selector, `[wx-route=${quote(scope.route)}]`);
        return;
      }
      if (scope.scope !== undefined) scopeClasses(selector, scope.scope);
      const host = replaceHost(selector, scope.hostScope);
      if (scope.scope === undefined) return;
      const parts = compounds(selector);
      const subject = parts[parts.length - 1];
      const isHost = host && subject.some((n) => n.type === 'attribute' && n.attribute === 'wx-host');
      // A subject with only built-in inner classes (`.wx-switch-input`) is a view-owned node: it cannot carry the marker.
      if (!isHost && !hasOwnClass(subject) && !subject.some((n) => n.type === 'class')) {
        addToCompound(selector, subject, parse(`:where(.${scope.scope})`));
        marked = true;
      }
    });
  }).processSync(text, { lossless: true });
  return { selector: result, marked };
}
