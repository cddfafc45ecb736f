// The app going to the background and coming back: App.onHide / onShow and the current page's.
import type { LaunchOptions } from '../../bridge/protocol.js';
import { appHook } from './app.js';
import { getCurrentPages, pageHidden, pageShown } from './router.js';

let launch: LaunchOptions | undefined;

/** Remembers the launch options: App.onShow receives them again when the app comes back. */
export function setLaunchOptions(options: LaunchOptions): void {
  launch = options;
}

export function setVisibility(shown: boolean): void {
  const pages = getCurrentPages();
  const page = pages[pages.length - 1];
  if (shown) {
    appHook('onShow', [{ ...launch, referrerInfo: {} }]);
    if (page !== undefined) pageShown(page);
  } else {
    if (page !== undefined) pageHidden(page);
    appHook('onHide', []);
  }
}
