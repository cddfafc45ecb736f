// Elements: the live WXML tree of the page on top (components with their templates' nodes, slots
// with what was put in them, virtual hosts), refreshed after every update. Selecting a node marks
// it in the simulator and shows its attributes, events, and its component's data, properties and
// external classes.
import type { InspectedComponent, InspectedNode, Inspection } from '../../../bridge/protocol.js';
import type { MiniApp } from '../../../runtime/host/browser/index.js';
import { h, oneLine, replace } from '../dom.js';
import { jsonTree } from '../json_view.js';
import type { Simulator } from '../simulator.js';
import { InspectionPanel } from './panel.js';

/** Attributes shown on a row; the rest are in the side pane. */
const ROW_ATTRS = ['id', 'class'];

export class ElementsPanel extends InspectionPanel {
  readonly name = 'Elements';
  private readonly tree: HTMLElement;
  private readonly side: HTMLElement;
  private inspection: Inspection = { pages: [], components: [] };
  /** Rows folded by the user, by their place in the tree. */
  private readonly folded = new Set<string>();
  private selected: string | null = null;
  private readonly dataOpen = new Set<string>();

  constructor(private readonly simulator: Simulator) {
    const tree = h('div', { class: 'wxml-tree', role: 'tree' });
    const side = h('div', { class: 'side-pane' });
    super(h('section', { class: 'panel elements-panel', hidden: true }, tree, side));
    this.tree = tree;
    this.side = side;
  }

  override attach(app: MiniApp): void {
    this.selected = null;
    super.attach(app);
  }

  protected show(inspection: Inspection): void {
    this.inspection = inspection;
    const page = inspection.pages[inspection.pages.length - 1];
    replace(this.tree, page === undefined ? h('div', { class: 'empty' }, 'No page yet.') : this.row(page.root, page.route), inspection.truncated ? h('div', { class: 'note' }, 'The tree was cut: it is too large to show whole.') : null);
    const selected = this.find(this.selected);
    if (selected === null) this.selected = null;
    this.showSide(selected);
  }

  private component(id: number | undefined): InspectedComponent | undefined {
    return id === undefined ? undefined : this.inspection.components.find((c) => c.id === id);
  }

  private find(key: string | null): InspectedNode | null {
    if (key === null) return null;
    const row = this.tree.querySelector(`[data-key="${CSS.escape(key)}"]`) as (HTMLElement & { node?: InspectedNode }) | null;
    return row?.node ?? null;
  }

  private row(node: InspectedNode, key: string): HTMLElement {
    if (node.kind === 'text') return h('div', { class: 'node text-node' }, h('span', { class: 'twisty' }), h('span', { class: 'text' }, JSON.stringify(node.text ?? '')));
    const children = node.children ?? [];
    // One short text inside is shown on the element's row, as `<text>1</text>`.
    const inlineText = children.length === 1 && children[0].kind === 'text' && (children[0].text ?? '').length <= 60 ? children[0].text ?? '' : null;
    const folded = this.folded.has(key);
    const attrs = node.attrs ?? {};
    const shown = ROW_ATTRS.filter((name) => attrs[name] !== undefined && attrs[name] !== '');
    const tagClass = node.kind === 'component' ? 'tag component' : node.kind === 'slot' ? 'tag slot' : 'tag';
    const head = h(
      'div',
      { class: `node${this.selected === key ? ' selected' : ''}`, 'data-key': key, role: 'treeitem', 'aria-selected': String(this.selected === key) },
      h('span', { class: `twisty${children.length === 0 || inlineText !== null ? ' none' : folded ? '' : ' open'}` }),
      h('span', { class: tagClass }, `<${node.tag}`),
      shown.flatMap((name) => [' ', h('span', { class: 'attr-name' }, name), '=', h('span', { class: 'attr-value' }, `"${String(attrs[name])}"`)]),
      h('span', { class: tagClass }, children.length === 0 ? ' />' : '>'),
      inlineText === null ? null : [h('span', { class: 'text' }, inlineText), h('span', { class: tagClass }, `</${node.tag}>`)],
      node.virtual ? h('span', { class: 'badge' }, 'virtual host') : null,
      node.events ? h('span', { class: 'badge event' }, Object.keys(node.events).join(' ')) : null,
    );
    (head as HTMLElement & { node?: InspectedNode }).node = node;
    head.addEventListener('click', (event) => {
      if ((event.target as HTMLElement).classList.contains('twisty')) {
        if (folded) this.folded.delete(key);
        else this.folded.add(key);
        this.refresher.request();
        return;
      }
      this.selected = key;
      this.tree.querySelectorAll('.node.selected').forEach((el) => el.classList.remove('selected'));
      head.classList.add('selected');
      this.showSide(node);
    });
    head.addEventListener('mouseenter', () => this.simulator.highlight(domIds(node)));
    head.addEventListener('mouseleave', () => this.simulator.highlight(this.selected === null ? [] : domIds(this.find(this.selected))));
    if (children.length === 0 || folded || inlineText !== null) return h('div', { class: 'branch' }, head);
    return h(
      'div',
      { class: 'branch' },
      head,
      h('div', { class: 'children' }, children.map((child, i) => this.row(child, `${key}/${i}`))),
      h('div', { class: 'node closing' }, h('span', { class: 'twisty none' }), h('span', { class: tagClass }, `</${node.tag}>`)),
    );
  }

  private showSide(node: InspectedNode | null): void {
    this.simulator.highlight(domIds(node));
    if (node === null) {
      replace(this.side, h('div', { class: 'empty' }, 'Select an element to see its component, data and classes.'));
      return;
    }
    const attrs = node.attrs ?? {};
    const classes = typeof attrs.class === 'string' ? attrs.class.split(/\s+/).filter(Boolean) : [];
    const own = this.component(node.component);
    const owner = this.component(node.owner);
    replace(
      this.side,
      h('h3', {}, `<${node.tag}>`, node.kind === 'component' && own ? h('span', { class: 'muted' }, ` ${own.is}`) : null),
      section('Classes', classes.length === 0 ? h('div', { class: 'muted' }, 'none') : h('div', { class: 'chips' }, classes.map((c) => h('span', { class: 'chip' }, `.${c}`)))),
      section('Attributes', table(Object.entries(attrs).filter(([name]) => name !== 'class').map(([name, value]) => [name, oneLine(value)]))),
      node.events ? section('Events', table(Object.entries(node.events))) : null,
      own ? this.componentSection('Component', own) : null,
      owner && owner !== own ? this.componentSection(owner.page ? 'In page' : 'In component', owner) : null,
    );
  }

  private componentSection(title: string, component: InspectedComponent): HTMLElement {
    const properties = Object.entries(component.properties);
    const external = Object.entries(component.externalClasses);
    return section(
      title,
      h('div', { class: 'component-is' }, component.is, component.elementId ? h('span', { class: 'muted' }, ` #${component.elementId}`) : null),
      properties.length > 0 ? h('div', { class: 'sub' }, 'Properties') : null,
      properties.length > 0 ? table(properties.map(([name, type]) => [name, `${type} = ${oneLine(component.data[name])}`])) : null,
      external.length > 0 ? h('div', { class: 'sub' }, 'External classes') : null,
      external.length > 0 ? table(external.map(([name, given]) => [name, given || '(none given)'])) : null,
      h('div', { class: 'sub' }, 'Data'),
      jsonTree(component.data, { open: this.dataOpen, path: '' }),
    );
  }
}

/** The view's nodes that show `node` on screen: its own, or its children's when it has none (a slot, a virtual host). */
function domIds(node: InspectedNode | null): number[] {
  if (node === null) return [];
  if (node.id !== 0) return [node.id];
  return (node.children ?? []).flatMap(domIds);
}

function section(title: string, ...content: (HTMLElement | null)[]): HTMLElement {
  return h('div', { class: 'side-section' }, h('div', { class: 'side-title' }, title), content);
}

function table(rows: [string, string][]): HTMLElement {
  if (rows.length === 0) return h('div', { class: 'muted' }, 'none');
  return h('table', { class: 'kv' }, rows.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, v))));
}
