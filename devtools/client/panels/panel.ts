// What every inspector panel is: a tab's name, its element, and what it does when the simulator
// starts an app (listen to it) and when its tab is opened (refresh what it shows).
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
