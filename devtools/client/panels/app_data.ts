// AppData: the data of every page of the stack and every component in them, live. A value edited
// here is the component's own setData (observers run, the view follows).
import type { Inspection } from '../../../bridge/protocol.js';
import type { MiniApp } from '../../../runtime/host/browser/index.js';
import { h, replace } from '../dom.js';
import { jsonTree } from '../json_view.js';
import { InspectionPanel } from './panel.js';

export class AppDataPanel extends InspectionPanel {
  readonly name = 'AppData';
  private readonly list: HTMLElement;
  /** Unfolded values, per page or component path. */
  private readonly open = new Map<string, Set<string>>();
  /** Components whose data is hidden, by path. */
  private readonly collapsed = new Set<string>();

  constructor() {
    const list = h('div', { class: 'data-list' });
    super(h('section', { class: 'panel data-panel', hidden: true }, list));
    this.list = list;
  }

  protected show(inspection: Inspection, app: MiniApp): void {
    // Editing a value replaces the list: one being typed is kept until Enter or Escape.
    if (this.list.querySelector('.json-input') !== null) return;
    const scroll = this.element.scrollTop;
    const groups = inspection.components.map((component) => {
      let open = this.open.get(component.is);
      if (open === undefined) this.open.set(component.is, (open = new Set()));
      const key = `${component.is}#${component.id}`;
      const collapsed = this.collapsed.has(key);
      const header = h(
        'div',
        { class: `data-header${collapsed ? '' : ' open'}`, onclick: () => (collapsed ? this.collapsed.delete(key) : this.collapsed.add(key), this.refresher.request()) },
        h('span', { class: 'twisty' }),
        h('span', { class: component.page ? 'badge page' : 'badge' }, component.page ? 'page' : 'component'),
        h('span', { class: 'data-is' }, component.is),
        component.elementId ? h('span', { class: 'muted' }, ` #${component.elementId}`) : null,
      );
      return h(
        'div',
        { class: 'data-group', 'data-component': component.is },
        header,
        collapsed ? null : jsonTree(component.data, { open, edit: (path, value) => app.editData(component.id, { [path]: value as never }) }),
      );
    });
    replace(this.list, groups.length === 0 ? h('div', { class: 'empty' }, 'No page yet.') : groups, inspection.truncated ? h('div', { class: 'note' }, 'Some data was cut: it is too large to show whole.') : null);
    this.element.scrollTop = scroll;
  }
}
