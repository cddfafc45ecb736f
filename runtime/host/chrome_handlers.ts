// The page APIs, served by the render layer's chrome: the navigation bar, the tab bar, the pull-down
// refresh and the page's scrolling. A tab bar API on a page without the tab bar fails as in WeChat.
import { ApiFail, type ApiHandler } from '../../bridge/handler.js';
import type { Chrome } from '../view/chrome.js';

/** `events.pullDownRefresh` runs the current page's onPullDownRefresh. */
export function chromeHandlers(chrome: Chrome, events: { pullDownRefresh(): void; tabCount: number }): Record<string, ApiHandler> {
  const onTabPage = () => {
    if (chrome.tabIndex() < 0) throw new ApiFail('not TabBar page');
  };
  const tab = (index: unknown): number => {
    onTabPage();
    const i = index as number;
    if (!Number.isInteger(i) || i >= events.tabCount) throw new ApiFail(`tabbar item not found`);
    return i;
  };
  return {
    setNavigationBarTitle(args) {
      chrome.setBar({ title: args.title as string });
    },
    setNavigationBarColor(args) {
      chrome.setBar({ frontColor: args.frontColor as string, backgroundColor: args.backgroundColor as string });
    },
    showNavigationBarLoading() {
      chrome.setBar({ loading: true });
    },
    hideNavigationBarLoading() {
      chrome.setBar({ loading: false });
    },
    pageScrollTo(args) {
      const selector = typeof args.selector === 'string' ? args.selector : null;
      if (selector === null && typeof args.scrollTop !== 'number') throw new ApiFail('scrollTop or selector is required');
      const top = typeof args.scrollTop === 'number' ? args.scrollTop + (args.offsetTop as number) : null;
      if (!chrome.scrollTo(top, selector, args.duration as number)) throw new ApiFail(`no element matches "${selector}"`);
    },
    startPullDownRefresh() {
      if (chrome.refreshing) return;
      chrome.startPullDownRefresh();
      events.pullDownRefresh();
    },
    stopPullDownRefresh() {
      chrome.stopPullDownRefresh();
    },
    setTabBarBadge(args) {
      chrome.setTabBadge(tab(args.index), String(args.text));
    },
    removeTabBarBadge(args) {
      chrome.setTabBadge(tab(args.index), null);
    },
    showTabBarRedDot(args) {
      chrome.setTabBadge(tab(args.index), null, true);
    },
    hideTabBarRedDot(args) {
      chrome.setTabBadge(tab(args.index), null, false);
    },
    showTabBar() {
      onTabPage();
      chrome.setTabBarShown(true);
    },
    hideTabBar() {
      onTabPage();
      chrome.setTabBarShown(false);
    },
    setTabBarItem(args) {
      const { text, iconPath, selectedIconPath } = args as { text?: string; iconPath?: string; selectedIconPath?: string };
      chrome.setTabItem(tab(args.index), { ...(text === undefined ? {} : { text }), ...(iconPath === undefined ? {} : { iconPath }), ...(selectedIconPath === undefined ? {} : { selectedIconPath }) });
    },
    setTabBarStyle(args) {
      onTabPage();
      chrome.setTabStyle(args as never);
    },
  };
}
