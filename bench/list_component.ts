// The list component of bench/fixtures/list-component run alone with `n` items, as `miniapp run
// <dir>/index --props '{"n":…}'` runs it: its first render, and taps on `#one` / `#all` timed
// from the start of the logic task to the end of the view's update (the host's `update` event).
import { Window } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { compileProject } from '../compiler.js';
import { createMiniApp, type MiniApp, type MiniAppOptions } from '../runtime/host/index.js';

export const listComponent = fileURLToPath(new URL('../../bench/fixtures/list-component/index', import.meta.url));

export class ListComponentApp {
  private constructor(
    readonly n: number,
    private readonly app: MiniApp,
    private readonly window: Window,
    /** The DOM name of the template's class `title` (it carries the component's style scope). */
    private readonly titleClass: string,
  ) {}

  /** `limits` as createMiniApp takes them (a busy machine may need a longer task deadline). */
  static async start(n: number, limits?: MiniAppOptions['limits']): Promise<ListComponentApp> {
    const { bundle } = compileProject(listComponent);
    const window = new Window();
    const app = createMiniApp({ bundle, container: window.document.body as unknown as Element, launch: { props: { n } }, limits });
    await app.ready;
    await app.settled();
    const scope = Object.values(bundle.manifest.components).find((c) => c.style !== undefined)?.style?.scope;
    const list = new ListComponentApp(n, app, window, scope === undefined ? 'title' : `${scope}--title`);
    if (list.titles().length !== n) throw new Error(`the list rendered ${list.titles().length} items, not ${n}`);
    return list;
  }

  /** The firstRender mark (ms). */
  firstRender(): number {
    return this.app.performanceEntries().find((e) => e.name === 'firstRender')!.duration;
  }

  titles(): Element[] {
    return [...this.window.document.querySelectorAll(`.${this.titleClass}`)] as unknown as Element[];
  }

  /** Taps `#one` or `#all`; resolves with its update (durations in ms) once the app settled. */
  async tap(id: 'one' | 'all'): Promise<{ duration: number; viewDuration: number }> {
    let update: { duration: number; viewDuration: number } | null = null;
    const listener = (u: { duration: number; viewDuration: number }) => {
      update ??= u;
    };
    this.app.on('update', listener);
    this.window.document.querySelector(`#${id}`)!.dispatchEvent(new this.window.MouseEvent('click', { bubbles: true }));
    await this.app.settled();
    this.app.off('update', listener);
    if (update === null) throw new Error(`tapping #${id} updated nothing`);
    return update;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.window.happyDOM.close();
  }
}
