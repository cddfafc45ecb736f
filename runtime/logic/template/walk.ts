// Walking the elements of a template's tree: elements, component nodes and the children an owner
// gives to components (a slot's content belongs to the tree of the component's owner, so a slot
// itself is passed over), and with `deep` what components' own templates render too.
import { ComponentFragment } from './component.js';
import { ElementFragment } from './element.js';
import type { Fragment } from './fragment.js';
import { SlotFragment } from './slot.js';

export function elementsOf(frags: Fragment[], deep: boolean, out: ElementFragment[] = []): ElementFragment[] {
  for (const frag of frags) {
    if (frag instanceof ComponentFragment) {
      out.push(frag.host);
      if (deep) elementsOf(frag.shadowFragments(), true, out);
      elementsOf(frag.lightFragments(), deep, out);
    } else if (frag instanceof ElementFragment) {
      out.push(frag);
      elementsOf(frag.frags, deep, out);
    } else if (!(frag instanceof SlotFragment)) {
      const children = (frag as { frags?: Fragment[] }).frags;
      if (children !== undefined) elementsOf(children, deep, out);
    }
  }
  return out;
}
