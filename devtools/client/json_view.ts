// Data shown as a tree (objects and lists fold), each value editable when the panel allows it: a
// value is edited as JSON, and its place is given as a setData path (`todos[1].done`).

import { h } from './dom.js';

/** Called with the edited value's setData path and its new value. */
export type EditValue = (path: string, value: unknown) => void;

/** The setData path of a member under `parent`. */
function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

function scalar(value: unknown): HTMLElement {
  const type = value === null ? 'null' : typeof value;
  return h('span', { class: `json-${type}` }, typeof value === 'string' ? JSON.stringify(value) : String(value));
}

/** Turns a value into an input until Enter (saved if it is JSON) or Escape. */
function editable(valueEl: HTMLElement, value: unknown, path: string, edit: EditValue): HTMLElement {
  valueEl.classList.add('editable');
  valueEl.title = 'Click to edit (JSON)';
  valueEl.addEventListener('click', (event) => {
    event.stopPropagation();
    const input = h('input', { class: 'json-input', value: JSON.stringify(value), spellcheck: 'false', 'aria-label': `edit ${path}` });
    let closed = false;
    // Removing the input blurs it, which closes it too: once is enough.
    const cancel = () => {
      if (closed) return;
      closed = true;
      input.replaceWith(valueEl);
    };
    input.addEventListener('keydown', (key) => {
      if (key.key === 'Escape') cancel();
      if (key.key !== 'Enter') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(input.value);
      } catch {
        input.classList.add('invalid');
        input.title = 'Not JSON: strings need quotes';
        return;
      }
      edit(path, parsed);
      cancel();
    });
    input.addEventListener('blur', cancel);
    valueEl.replaceWith(input);
    input.focus();
    input.select();
  });
  return valueEl;
}

/** The tree of `value`; `open` keeps which paths are unfolded across re-renders. */
export function jsonTree(value: unknown, options: { path?: string; edit?: EditValue; open: Set<string>; depth?: number }): HTMLElement {
  const path = options.path ?? '';
  const depth = options.depth ?? 0;
  const rows = h('div', { class: 'json-tree' });
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value as Record<string, unknown>);
  for (const [key, item] of entries) {
    const itemPath = childPath(path, key);
    const keyEl = h('span', { class: 'json-key' }, String(key));
    if (item !== null && typeof item === 'object') {
      const isOpen = options.open.has(itemPath);
      const size = Array.isArray(item) ? `Array(${item.length})` : `{${Object.keys(item).length}}`;
      const row = h('div', { class: `json-row branch${isOpen ? ' open' : ''}`, 'data-path': itemPath }, h('span', { class: 'twisty' }), keyEl, h('span', { class: 'json-summary' }, size));
      const holder = h('div', { class: 'json-children' });
      const fill = () => holder.replaceChildren(jsonTree(item, { ...options, path: itemPath, depth: depth + 1 }));
      if (isOpen) fill();
      row.addEventListener('click', () => {
        if (options.open.has(itemPath)) {
          options.open.delete(itemPath);
          row.classList.remove('open');
          holder.textContent = '';
        } else {
          options.open.add(itemPath);
          row.classList.add('open');
          fill();
        }
      });
      rows.append(row, holder);
    } else {
      const valueEl = scalar(item);
      rows.append(h('div', { class: 'json-row leaf', 'data-path': itemPath }, h('span', { class: 'twisty' }), keyEl, options.edit ? editable(valueEl, item, itemPath, options.edit) : valueEl));
    }
  }
  if (entries.length === 0) rows.append(h('div', { class: 'json-row empty' }, Array.isArray(value) ? '(empty list)' : '(no data)'));
  return rows;
}
