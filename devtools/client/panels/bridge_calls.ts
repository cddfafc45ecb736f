// Bridge: every API call the app made, newest last: its arguments, its answer, how long it took
// (the user's time to answer a prompt included) and how its permission checks went.
import type { ApiCallRecord } from '../../../bridge/bridge.js';
import type { MiniApp } from '../../../runtime/host/browser/index.js';
import { h, ms, oneLine, replace } from '../dom.js';
import { jsonTree } from '../json_view.js';
import type { Panel } from './panel.js';

/** Calls kept (the oldest go first). */
const MAX_CALLS = 2000;

/** How the permission checks of a call went, in a few words. */
export function permissionText(call: ApiCallRecord): { text: string; refused: boolean } {
  const p = call.permission;
  if (p.declaration !== undefined) return { text: `not declared: ${p.declaration}`, refused: true };
  const parts: string[] = [];
  let refused = false;
  if (p.privacy !== undefined) {
    parts.push(`privacy ${p.privacy}`);
    refused ||= p.privacy === 'asked: refused';
  }
  if (p.scope !== undefined) {
    parts.push(`${p.scope.name} ${p.scope.granted ? 'granted' : 'denied'}${p.scope.asked ? ' (asked now)' : ''}`);
    refused ||= !p.scope.granted;
  }
  return { text: parts.length === 0 ? '—' : parts.join(' · '), refused };
}

export class BridgePanel implements Panel {
  readonly name = 'Bridge';
  readonly element: HTMLElement;
  private readonly body = h('tbody');
  private readonly detail = h('div', { class: 'side-pane' });
  private readonly count = h('span', { class: 'muted' });
  private calls = 0;
  private origin = 0;

  constructor() {
    this.element = h(
      'section',
      { class: 'panel bridge-panel', hidden: true },
      h('div', { class: 'toolbar' }, h('button', { onclick: () => this.clear() }, 'Clear'), this.count),
      h(
        'div',
        { class: 'split' },
        h('div', { class: 'scroll' }, h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Time', 'API and arguments', 'Result', 'Duration', 'Permission'].map((t) => h('th', {}, t)))), this.body)),
        this.detail,
      ),
    );
    this.clear();
  }

  attach(app: MiniApp): void {
    this.origin = performance.timeOrigin + performance.now();
    this.body.append(h('tr', { class: 'separator' }, h('td', { colspan: 5 }, `App started (${app.appId})`)));
    app.on('api', (call) => this.add(call));
  }

  shown(): void {}

  private clear(): void {
    this.calls = 0;
    this.count.textContent = 'No calls yet.';
    replace(this.body);
    replace(this.detail, h('div', { class: 'empty' }, 'Select a call to see its arguments and answer.'));
  }

  private add(call: ApiCallRecord): void {
    const permission = permissionText(call);
    const row = h(
      'tr',
      { class: `call${call.answer.ok ? '' : ' failed'}`, 'data-api': call.api },
      h('td', { class: 'num' }, `+${((call.startTime - this.origin) / 1000).toFixed(3)} s`),
      h('td', { class: 'api-call' }, h('div', { class: 'api' }, call.api, call.sync ? h('span', { class: 'badge' }, 'sync') : null), h('div', { class: 'args' }, oneLine(call.args, 80))),
      h('td', { class: call.answer.ok ? 'ok' : 'fail' }, call.answer.res.errMsg),
      h('td', { class: 'num' }, ms(call.duration)),
      h('td', { class: `permission${permission.refused ? ' refused' : ''}` }, permission.text),
    );
    row.addEventListener('click', () => {
      this.body.querySelectorAll('tr.selected').forEach((el) => el.classList.remove('selected'));
      row.classList.add('selected');
      replace(
        this.detail,
        h('h3', {}, `wx.${call.api}`),
        h('div', { class: 'side-title' }, 'Arguments'),
        call.args !== null && typeof call.args === 'object' ? jsonTree(call.args, { open: new Set() }) : h('div', { class: 'mono' }, oneLine(call.args)),
        h('div', { class: 'side-title' }, 'Answer'),
        jsonTree(call.answer.res, { open: new Set() }),
        h('div', { class: 'side-title' }, 'Permission'),
        h('div', {}, permission.text),
      );
    });
    this.body.append(row);
    while (this.body.rows.length > MAX_CALLS) this.body.rows[0].remove();
    this.calls++;
    this.count.textContent = `${this.calls} call${this.calls === 1 ? '' : 's'}`;
    if (!this.element.hidden) row.scrollIntoView({ block: 'nearest' });
  }
}
