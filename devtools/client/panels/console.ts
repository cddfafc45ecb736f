// Console: what the logic thread's code printed, and the errors it threw, their stacks in the
// project's files (the bundle's source map), newest last.
import type { MiniApp } from '../../../runtime/host/browser/index.js';
import { h, replace } from '../dom.js';
import type { Panel } from './panel.js';

/** Lines kept (the oldest go first). */
const MAX_LINES = 5000;

export class ConsolePanel implements Panel {
  readonly name = 'Console';
  readonly element: HTMLElement;
  private readonly lines = h('div', { class: 'console-lines', role: 'log' });
  /** Errors and warnings since the panel was last opened, for its tab. */
  unseen = 0;

  constructor(private readonly onUnseen: (count: number) => void) {
    this.element = h('section', { class: 'panel console-panel', hidden: true }, h('div', { class: 'toolbar' }, h('button', { onclick: () => replace(this.lines) }, 'Clear')), this.lines);
  }

  attach(app: MiniApp): void {
    this.add('system', `App started (${app.appId})`);
    app.on('log', (line) => this.add(line.level, line.text));
    app.on('error', (error) => {
      const at = error.source === undefined ? '' : `${error.source.file}:${error.source.line}:${error.source.column}`;
      this.add('error', `${error.kind}${error.page ? ` in ${error.page}` : ''}: ${error.message}${error.fatal ? ' (the app was stopped)' : ''}`, error.stack, at);
    });
  }

  shown(): void {
    this.unseen = 0;
    this.onUnseen(0);
  }

  /** A line: its level, its text, a stack under it and the place it came from. */
  add(level: string, text: string, stack?: string, at?: string): void {
    const atBottom = this.element.scrollTop + this.element.clientHeight >= this.element.scrollHeight - 4;
    this.lines.append(h('div', { class: `line ${level}` }, h('span', { class: 'level' }, level === 'system' ? '›' : level), h('div', { class: 'message' }, h('span', {}, text), at ? h('span', { class: 'source' }, at) : null, stack ? h('pre', { class: 'stack' }, stack) : null)));
    while (this.lines.childElementCount > MAX_LINES) this.lines.firstElementChild!.remove();
    if (atBottom) this.element.scrollTop = this.element.scrollHeight;
    if ((level === 'error' || level === 'warn') && this.element.hidden) this.onUnseen(++this.unseen);
  }
}
