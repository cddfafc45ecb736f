// selectComponent / selectAllComponents: the components of an instance's own template (and,
// across `>>>`, of the templates inside it) whose nodes match a selector.
import { logicConsole } from '../console.js';
import { callUser } from '../report.js';
import type { ElementFragment } from '../template/element.js';
import type { Fragment } from '../template/fragment.js';
import { elementsOf } from '../template/walk.js';
import type { ComponentInstance } from './instance.js';
import { matches, parseSelector } from './selector.js';

/** The elements of an instance's template that match a selector (null after warning about a bad one). */
export function selectElements(inst: ComponentInstance, selector: string): ElementFragment[] | null {
  let parsed;
  try {
    parsed = parseSelector(String(selector));
  } catch (error) {
    logicConsole.warn(`${(error as Error).message} (in ${inst.is})`);
    return null;
  }
  const frags = (inst.__view as { frags?: Fragment[] } | null)?.frags ?? [];
  return elementsOf(frags, String(selector).includes('>>>')).filter((el) => matches(el, parsed));
}

/** What selectComponent gives for a component: its `export()` result (wx://component-export) or the instance. */
function exported(inst: ComponentInstance): unknown {
  const fn = inst.__def.exportFn;
  return fn === null ? inst : callUser(fn, inst, [], inst.__page.is, `${inst.is} export`);
}

export function selectComponents(inst: ComponentInstance, selector: string, all: boolean): unknown[] {
  const found: unknown[] = [];
  for (const el of selectElements(inst, selector) ?? []) {
    if (el.component === null) continue;
    found.push(exported(el.component.instance));
    if (!all) break;
  }
  return found;
}
