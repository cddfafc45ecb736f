// Walking the elements of a template's tree: elements, component nodes and the children an owner
// gives to components (a slot's content belongs to the tree of the component's owner, so a slot
// itself is passed over), and with `deep` what components' own templates render too.
// It tells the fragments apart by their `walkAs` tag (fragment.ts) and imports only their types: the
// component instances that walk their trees are imported by the fragments that mount them.
import type { ComponentFragment } from './component.js';
import type { ElementFragment } from './element.js';
import type { Fragment } from './fragment.js';

export function elementsOf(frags: Fragment[], deep: boolean, out: ElementFragment[] = []): ElementFragment[] {
  for (const frag of frags) {
    const kind = frag.walkAs;
    if (kind === 'component') {
      const component = frag as ComponentFragment;
      out.push(component.host);
      if (deep) elementsOf(component.shadowFragments(), true, out);
      elementsOf(component.lightFragments(), deep, out);
    } else if (kind === 'element') {
      const element = frag as ElementFragment;
      out.push(element);
      elementsOf(element.frags, deep, out);
    } else if (kind !== 'slot') {
      const children = (frag as { frags?: Fragment[] }).frags;
      if (children !== undefined) elementsOf(children, deep, out);
    }
  }
  return out;
}
