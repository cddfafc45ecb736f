// Performance: the startup waterfall of the app running now (the runtime's phases, as
// wx.getPerformance() reports them: startRuntime, evaluateFramework, evaluateScript, onLaunch,
// onLoad, firstRender, onReady…) with a "cold start again" button, and the setData log: each
// update's setData calls, their size and changed paths, and the time until the DOM showed them.
import type { PerformanceEntry } from '../../../bridge/protocol.js';
import type { MiniApp, MiniAppEvents } from '../../../runtime/host/browser/index.js';
import { bytes, h, ms, replace } from '../dom.js';
import type { Simulator } from '../simulator.js';
import { Refresher, type Panel } from './panel.js';

/** A row of the waterfall: one of the app's performance entries, or the bundle's fetch. */
type Phase = Pick<PerformanceEntry, 'entryType' | 'startTime' | 'duration' | 'path' | 'moduleName'> & { name: string };

/** Updates kept in the log (the oldest go first). */
const MAX_UPDATES = 1000;

/** What a phase measures, for its row's tooltip. */
const PHASES: Record<string, string> = {
  'fetch bundle': 'The devtools page fetching the bundle from the dev server (before the launch)',
  appLaunch: 'From the launch to the first page shown',
  startRuntime: 'Starting the worker and QuickJS',
  evaluateFramework: 'Evaluating the logic framework in QuickJS',
  evaluateScript: 'Evaluating the app\'s code (logic.js or a chunk)',
  onLaunch: 'App.onLaunch',
  onLoad: 'The page\'s onLoad',
  firstRender: 'The first render of the page, until its DOM is applied',
  onReady: 'The page\'s onReady',
  route: 'A navigation, until the new page is shown',
};

export class PerformancePanel implements Panel {
  readonly name = 'Performance';
  readonly element: HTMLElement;
  private readonly waterfall = h('div', { class: 'waterfall' });
  private readonly summary = h('span', { class: 'muted' });
  private readonly log = h('tbody');
  private readonly refresher: Refresher;
  private app: MiniApp | null = null;
  private launchedAt = 0;

  constructor(private readonly simulator: Simulator) {
    this.element = h(
      'section',
      { class: 'panel performance-panel', hidden: true },
      h('div', { class: 'toolbar' }, h('button', { class: 'primary', onclick: () => void this.simulator.restart() }, '↻ Cold start again'), this.summary),
      h('h3', {}, 'Startup'),
      this.waterfall,
      h('h3', {}, 'setData log', h('button', { class: 'small', onclick: () => replace(this.log) }, 'Clear')),
      h('table', { class: 'grid set-data-log' }, h('thead', {}, h('tr', {}, ['Time', 'Component', 'Changed paths', 'Size', 'DOM ops', 'Time to DOM'].map((t) => h('th', {}, t)))), this.log),
    );
    this.refresher = new Refresher(this.element, () => this.refresh());
  }

  attach(app: MiniApp): void {
    this.app = app;
    this.launchedAt = performance.timeOrigin + performance.now();
    app.on('performance', () => this.refresher.request());
    app.on('update', (update) => this.addUpdate(update));
    this.log.append(h('tr', { class: 'separator' }, h('td', { colspan: 6 }, 'App started')));
    this.refresher.request();
  }

  shown(): void {
    this.refresher.request();
  }

  private refresh(): void {
    const entries = this.app?.performanceEntries() ?? [];
    if (entries.length === 0) {
      replace(this.waterfall, h('div', { class: 'empty' }, 'Starting…'));
      this.summary.textContent = '';
      return;
    }
    const sorted: PerformanceEntry[] = [...entries].sort((a, b) => a.startTime - b.startTime || b.duration - a.duration);
    // Before the launch: the page fetched the bundle (not an entry of the app's own).
    const fetched = this.simulator.bundleFetch;
    const bundleRow: Phase | null = fetched === null ? null : { name: 'fetch bundle', entryType: 'loadPackage', startTime: fetched.startTime, duration: fetched.duration };
    const start = Math.min(sorted[0].startTime, bundleRow?.startTime ?? Infinity);
    const end = Math.max(...sorted.map((e) => e.startTime + e.duration));
    const span = Math.max(end - start, 1);
    const firstRender = entries.find((e) => e.name === 'firstRender');
    this.summary.textContent = firstRender === undefined ? '' : `first render done ${ms(firstRender.startTime + firstRender.duration - sorted[0].startTime)} after the launch`;
    replace(
      this.waterfall,
      h('div', { class: 'axis' }, h('span', {}, '0'), h('span', {}, ms(span / 2)), h('span', {}, ms(span))),
      bundleRow === null ? null : this.phase(bundleRow, start, span),
      sorted.map((entry) => this.phase(entry, start, span)),
    );
  }

  private phase(entry: Phase, start: number, span: number): HTMLElement {
    const left = ((entry.startTime - start) / span) * 100;
    const width = Math.max((entry.duration / span) * 100, 0.4);
    const where = entry.path ?? entry.moduleName;
    return h(
      'div',
      { class: `phase ${entry.entryType}`, 'data-phase': entry.name, title: PHASES[entry.name] ?? entry.name },
      h('div', { class: 'phase-name' }, entry.name, where ? h('span', { class: 'muted' }, ` ${where}`) : null),
      h('div', { class: 'phase-track' }, h('div', { class: 'phase-bar', style: `left:${left}%;width:${width}%` })),
      h('div', { class: 'phase-duration num' }, ms(entry.duration)),
      h('div', { class: 'phase-start num muted' }, `@${ms(entry.startTime - start)}`),
    );
  }

  private addUpdate(update: MiniAppEvents['update']): void {
    const calls = update.setData ?? [];
    if (calls.length === 0 && update.bytes === 0) return;
    const components = [...new Set(calls.map((c) => c.component))];
    const paths = calls.flatMap((c) => c.paths);
    const size = calls.reduce((sum, c) => sum + Math.max(c.size, 0), 0);
    this.log.append(
      h(
        'tr',
        { class: 'update' },
        h('td', { class: 'num' }, `+${((update.startTime - this.launchedAt) / 1000).toFixed(3)} s`),
        h('td', {}, components.length === 0 ? h('span', { class: 'muted' }, '(render)') : components.join(', ')),
        h('td', { class: 'mono paths' }, paths.length === 0 ? '—' : paths.join(', ')),
        h('td', { class: 'num' }, calls.length === 0 ? '—' : `${bytes(size)}${calls.length > 1 ? ` in ${calls.length} calls` : ''}`),
        h('td', { class: 'num' }, bytes(update.bytes)),
        h('td', { class: 'num' }, ms(update.duration), h('span', { class: 'muted' }, ` (view ${ms(update.viewDuration)})`)),
      ),
    );
    while (this.log.rows.length > MAX_UPDATES) this.log.rows[0].remove();
  }
}
