// Storage: the app's storage (what wx.setStorage wrote), each value as JSON. Values can be edited,
// keys added and removed, and the whole storage cleared; the app reads the change on its next call.
import type { MiniApp } from '../../../runtime/host/browser/index.js';
import type { StorageArea } from '../../../bridge/storage/area.js';
import { bytes, h, replace } from '../dom.js';
import type { Simulator } from '../simulator.js';
import { Refresher, type Panel } from './panel.js';

export class StoragePanel implements Panel {
  readonly name = 'Storage';
  readonly element: HTMLElement;
  private readonly body = h('tbody');
  private readonly summary = h('span', { class: 'muted' });
  private readonly problem = h('span', { class: 'problem' });
  private readonly refresher: Refresher;
  private app: MiniApp | null = null;

  constructor(private readonly simulator: Simulator) {
    const keyInput = h('input', { placeholder: 'key', 'aria-label': 'new key', spellcheck: 'false' });
    const valueInput = h('input', { placeholder: 'value (JSON)', 'aria-label': 'new value', spellcheck: 'false' });
    const add = () => {
      if (keyInput.value === '') return this.fail('A key is needed.');
      if (this.save(keyInput.value, valueInput.value)) {
        keyInput.value = '';
        valueInput.value = '';
      }
    };
    valueInput.addEventListener('keydown', (e) => e.key === 'Enter' && add());
    this.element = h(
      'section',
      { class: 'panel storage-panel', hidden: true },
      h('div', { class: 'toolbar' }, keyInput, valueInput, h('button', { onclick: add }, 'Add'), h('button', { class: 'danger', onclick: () => void this.clear() }, 'Clear storage'), this.summary, this.problem),
      h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, h('th', { class: 'key-col' }, 'Key'), h('th', {}, 'Value'), h('th', { class: 'action-col' }))), this.body),
    );
    this.refresher = new Refresher(this.element, () => this.refresh());
  }

  attach(app: MiniApp): void {
    this.app = app;
    app.on('api', (call) => /Storage/.test(call.api) && this.refresher.request());
    this.refresher.request();
  }

  shown(): void {
    this.refresher.request();
  }

  private area(): StorageArea | null {
    return this.app === null ? null : this.simulator.storage.open(this.app.appId, 'default');
  }

  private fail(message: string): false {
    this.problem.textContent = message;
    return false;
  }

  /** Stores `json` under `key` if it is JSON; says why not otherwise. */
  private save(key: string, json: string): boolean {
    const area = this.area();
    if (area === null) return false;
    try {
      JSON.parse(json);
    } catch {
      return this.fail(`The value of "${key}" is not JSON (strings need quotes).`);
    }
    this.problem.textContent = '';
    void area.set(key, json).then(() => this.refresher.request());
    return true;
  }

  private async clear(): Promise<void> {
    await this.area()?.clear();
    this.refresher.request();
  }

  private refresh(): void {
    const area = this.area();
    if (area === null) return;
    if (this.body.querySelector('textarea') !== null) return;
    const keys = area.keys().sort();
    this.summary.textContent = `${keys.length} key${keys.length === 1 ? '' : 's'}, ${bytes(area.size())} of 10 MB`;
    replace(
      this.body,
      keys.length === 0 ? h('tr', {}, h('td', { colspan: 3, class: 'empty' }, 'Storage is empty.')) : null,
      keys.map((key) => {
        const json = area.get(key) ?? '';
        const cell = h('td', { class: 'value editable', title: 'Click to edit (JSON)' }, json);
        cell.addEventListener('click', () => {
          if (cell.querySelector('textarea') !== null) return;
          const input = h('textarea', { class: 'json-input', spellcheck: 'false', 'aria-label': `edit ${key}` }, json);
          input.addEventListener('keydown', (e) => {
            if (e.key === 'Escape') input.blur();
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              if (this.save(key, input.value)) input.blur();
            }
          });
          input.addEventListener('blur', () => replace(cell, area.get(key) ?? ''));
          replace(cell, input);
          input.focus();
        });
        return h(
          'tr',
          { 'data-key': key },
          h('td', { class: 'key' }, key),
          cell,
          h('td', {}, h('button', { class: 'icon', title: `Remove ${key}`, onclick: () => void area.remove(key).then(() => this.refresher.request()) }, '✕')),
        );
      }),
    );
  }
}
