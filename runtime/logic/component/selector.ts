// Selectors over a component's tree, as selectComponent and createSelectorQuery take them: `#id`,
// `.class` (several chained), a tag, `a > b` (child), `a b` (descendant), `a >>> b` (descendant
// across component boundaries), and `s1, s2` (union). Matching follows the tree a template writes
// (a node's parent is the one it is written in), not the composed tree.
import { toText } from '../template/context.js';
import type { ElementFragment } from '../template/element.js';

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
}

type Combinator = ' ' | '>' | '>>>';

/** A selector without commas: compounds from left to right, and the combinators between them. */
interface Complex {
  compounds: Compound[];
  combinators: Combinator[];
}

const TOKEN = /\s*(>>>|>|,)\s*|\s+|([#.]?[A-Za-z_][\w-]*)/y;

/** Parses a selector; throws on syntax it does not support. */
export function parseSelector(selector: string): Complex[] {
  const out: Complex[] = [];
  let current: Complex = { compounds: [], combinators: [] };
  let compound: Compound | null = null;
  let pending: Combinator | null = null;
  const text = selector.trim();
  TOKEN.lastIndex = 0;
  const fail = (): never => {
    throw new Error(`unsupported selector "${selector}"`);
  };
  const finishCompound = () => {
    if (compound === null) return;
    if (current.compounds.length > 0) current.combinators.push(pending ?? ' ');
    current.compounds.push(compound);
    compound = null;
    pending = null;
  };
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null || match.index !== start) fail();
    const [whole, combinator, part] = match!;
    if (part !== undefined) {
      compound ??= { tag: null, id: null, classes: [] };
      if (part[0] === '#') compound.id = part.slice(1);
      else if (part[0] === '.') compound.classes.push(part.slice(1));
      else if (compound.tag === null && compound.id === null && compound.classes.length === 0) compound.tag = part;
      else fail();
    } else if (combinator === ',') {
      finishCompound();
      if (current.compounds.length === 0) fail();
      out.push(current);
      current = { compounds: [], combinators: [] };
    } else {
      finishCompound();
      if (combinator !== undefined) pending = combinator as Combinator;
      else if (whole.trim() === '') pending ??= ' ';
    }
  }
  finishCompound();
  if (current.compounds.length === 0) fail();
  out.push(current);
  return out;
}

function matchesCompound(element: ElementFragment, c: Compound): boolean {
  if (c.tag !== null && element.node.t !== c.tag) return false;
  if (c.id !== null && toText(element.values.id) !== c.id) return false;
  if (c.classes.length > 0) {
    const tokens = toText(element.values.class).split(/\s+/);
    for (const name of c.classes) if (!tokens.includes(name)) return false;
  }
  return true;
}

/** The parent of an element in the tree it is written in; across a component boundary only when allowed. */
function parentOf(element: ElementFragment, crossing: boolean): ElementFragment | null {
  if (element.shadowParent !== null) return element.shadowParent;
  if (!crossing) return null;
  const host = element.ctx.owner.__host as unknown as { host?: ElementFragment } | null;
  return host?.host ?? null;
}

/** True when `element` matches the compounds up to `index` (the rightmost already matched it). */
function matchesFrom(element: ElementFragment, complex: Complex, index: number): boolean {
  if (index < 0) return true;
  const combinator = complex.combinators[index];
  const compound = complex.compounds[index];
  const crossing = combinator === '>>>';
  let parent = parentOf(element, crossing);
  if (combinator === '>') return parent !== null && matchesCompound(parent, compound) && matchesFrom(parent, complex, index - 1);
  for (; parent !== null; parent = parentOf(parent, crossing)) {
    if (matchesCompound(parent, compound) && matchesFrom(parent, complex, index - 1)) return true;
  }
  return false;
}

export function matches(element: ElementFragment, selector: Complex[]): boolean {
  for (const complex of selector) {
    const last = complex.compounds.length - 1;
    if (matchesCompound(element, complex.compounds[last]) && matchesFrom(element, complex, last - 1)) return true;
  }
  return false;
}
