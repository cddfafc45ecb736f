// The app going to the background and coming back: App.onHide / onShow (and wx.onAppHide /
// onAppShow) and the current page's, with its components' pageLifetimes.
import { appHook, getEnterOptionsSync } from './app.js';
import { getCurrentPages, pageHidden, pageShown } from './router.js';

export function setVisibility(shown: boolean): void {
  const pages = getCurrentPages();
  const page = pages[pages.length - 1];
  if (shown) {
    appHook('onShow', [getEnterOptionsSync()]);
    if (page !== undefined) pageShown(page);
  } else {
    if (page !== undefined) pageHidden(page);
    appHook('onHide', []);
  }
}
