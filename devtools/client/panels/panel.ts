// What every inspector panel is: a tab's name, its element, and what it does when the simulator
// starts an app (listen to it) and when its tab is opened (refresh what it shows).
import type { Inspection } from '../../../bridge/protocol.js';
import type { MiniApp } from '../../../runtime/host/browser/index.js';

export interface Panel {
  /** The tab's name. */
  readonly name: string;
  readonly element: HTMLElement;
  /** A new app started in the simulator (a reload, a cold start): the panel follows it. */
  attach(app: MiniApp): void;
  /** The panel's tab was opened. */
  shown(): void;
}

/**
 * Runs `refresh` after the app's updates, at most once a frame and only while the panel is on
 * screen (a hidden panel refreshes when shown).
 */
export class Refresher {
  private pending = false;

  constructor(private readonly element: HTMLElement, private readonly refresh: () => void | Promise<void>) {}

  request(): void {
    if (this.pending || this.element.hidden) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      void this.refresh();
    });
  }
}

/**
 * A panel showing an inspection of the running app (its tree, its data): asked for after the app's
 * updates while the panel is on screen, and shown unless another app started meanwhile.
 */
export abstract class InspectionPanel implements Panel {
  abstract readonly name: string;
  protected readonly refresher: Refresher;
  protected app: MiniApp | null = null;

  constructor(readonly element: HTMLElement) {
    this.refresher = new Refresher(element, () => this.refresh());
  }

  attach(app: MiniApp): void {
    this.app = app;
    app.on('update', () => this.refresher.request());
    void app.ready.then(() => this.refresher.request(), () => {});
  }

  shown(): void {
    this.refresher.request();
  }

  private async refresh(): Promise<void> {
    const app = this.app;
    if (app === null || app.state !== 'running') return;
    const inspection = await app.inspect();
    if (app === this.app) this.show(inspection, app);
  }

  /** Shows an inspection of `app`. */
  protected abstract show(inspection: Inspection, app: MiniApp): void;
}
