// What the host app draws around the pages, as WeChat does: the navigation bar (the page's title
// and colours from app.json's window and the page's .json, a back button when there is a page to go
// back to), the tab bar of app.json's `tabBar` (unless the app draws its own), the pull-down
// refresh indicator, and the page's scrolling (onPageScroll, onReachBottom). Its nodes belong to
// the view: the logic thread can neither create nor reach them. Both bars take their colours and
// icons from the app's theme (the manifest's `dark` configs in the dark one) and are drawn again
// when it changes; what the app set with wx.setNavigationBarColor, wx.setTabBarStyle and
// wx.setTabBarItem stays over them.
import type { NavigationBarState as BarState } from './components/builtin.js';
import type { Manifest, TabBarConfig, Theme, WindowConfig } from '../../spec/bundle.js';

export const CHROME_CSS = [
  'miniapp-navbar{position:sticky;top:0;z-index:1000;display:flex;align-items:center;justify-content:center;height:44px;font:17px/44px sans-serif;font-weight:600}',
  'miniapp-navbar[hidden]{display:none}',
  'miniapp-navbar-back{position:absolute;left:0;width:44px;height:44px;text-align:center;cursor:pointer;font-weight:400}',
  'miniapp-navbar-title{display:block;max-width:60%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}',
  'miniapp-navbar-loading{display:inline-block;margin-right:6px}',
  'miniapp-tabbar{position:sticky;bottom:0;z-index:1000;display:flex;height:50px;border-top:1px solid rgba(0,0,0,.33);font:10px sans-serif}',
  'miniapp-tabbar.top{top:44px;bottom:auto;border-top:0;border-bottom:1px solid rgba(0,0,0,.33);font-size:15px}',
  'miniapp-tabbar.white{border-color:rgba(255,255,255,.33)}',
  'miniapp-tabbar[hidden]{display:none}',
  'miniapp-tab{flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;position:relative;cursor:pointer}',
  'miniapp-tab-icon{display:block;width:24px;height:24px;background:center/contain no-repeat}',
  'miniapp-tab-badge{position:absolute;top:2px;left:55%;min-width:16px;padding:0 4px;border-radius:8px;background:#fa5151;color:#fff;font-size:10px;line-height:16px;text-align:center}',
  'miniapp-tab-badge.dot{min-width:0;width:8px;height:8px;padding:0}',
  'miniapp-refresh{display:block;height:0;overflow:hidden;text-align:center;font:12px/48px sans-serif;color:#888;transition:height .2s}',
  'miniapp-refresh.active{height:48px}',
].join('');

export interface ChromeConfig {
  window: WindowConfig;
  pageConfigs: Record<string, WindowConfig>;
  tabBar?: TabBarConfig;
  /** The same in the dark theme (pages missing from its `pageConfigs` are as in the light one). */
  dark?: Manifest['dark'];
  /** The theme at start. */
  theme: Theme;
  /** The URL of a file of the app (a tab icon), when the host serves them. */
  assetUrl?(path: string): string;
}

export interface ChromeEvents {
  back(): void;
  switchTab(index: number): void;
  pageScroll(scrollTop: number): void;
  reachBottom(): void;
  pullDownRefresh(): void;
}


type TabItem = Pick<TabBarConfig['list'][number], 'text' | 'iconPath' | 'selectedIconPath'>;
type TabStyle = Pick<TabBarConfig, 'color' | 'selectedColor' | 'backgroundColor' | 'borderStyle'>;

interface TabState {
  /** What wx.setTabBarItem set, over the theme's. */
  set: Partial<TabItem>;
  badge: string | null;
  dot: boolean;
}

/** Distance from the top a pull must reach before it refreshes, in px. */
const PULL_DISTANCE = 50;

export class Chrome {
  readonly navigationBar: Element;
  readonly refresh: Element;
  /** Pages go in before this element (the bottom tab bar, or the end of the chrome). */
  readonly pagesEnd: Element;
  /** The tab bar the view draws (null without one, or with a custom one). */
  readonly tabBar: Element | null;
  private readonly tabs: TabState[];
  /** What wx.setTabBarStyle set, over the theme's. */
  private tabStyleSet: Partial<TabStyle> = {};
  private theme: Theme;
  private readonly bars = new WeakMap<Element, BarState>();
  private current: { route: string; root: Element; canGoBack: boolean } | null = null;
  private tabBarShown = true;
  private atBottom = false;
  private pullStart: number | null = null;
  private readonly document: Document;

  constructor(
    private readonly container: Element,
    before: Element,
    private readonly config: ChromeConfig,
    private readonly events: ChromeEvents,
  ) {
    this.document = container.ownerDocument;
    this.theme = config.theme;
    this.navigationBar = this.el('miniapp-navbar');
    this.refresh = this.el('miniapp-refresh');
    this.refresh.textContent = '···';
    container.insertBefore(this.navigationBar, before);
    const tabBar = config.tabBar;
    this.tabs = tabBar === undefined || tabBar.custom ? [] : tabBar.list.map(() => ({ set: {}, badge: null, dot: false }));
    this.tabBar = this.tabs.length > 0 ? this.el('miniapp-tabbar') : null;
    const end = this.el('miniapp-chrome-end');
    if (this.tabBar !== null && tabBar?.position === 'top') {
      container.insertBefore(this.tabBar, before);
      this.tabBar.classList.add('top');
    }
    container.insertBefore(this.refresh, before);
    container.insertBefore(end, before);
    if (this.tabBar !== null && tabBar?.position !== 'top') container.insertBefore(this.tabBar, before);
    this.pagesEnd = end;
    container.addEventListener('scroll', this.onScroll);
    container.addEventListener('touchstart', this.onTouchStart as EventListener);
    container.addEventListener('touchend', this.onTouchEnd as EventListener);
  }

  destroy(): void {
    for (const node of [this.navigationBar, this.refresh, this.pagesEnd, this.tabBar]) node?.remove();
    this.container.removeEventListener('scroll', this.onScroll);
    this.container.removeEventListener('touchstart', this.onTouchStart as EventListener);
    this.container.removeEventListener('touchend', this.onTouchEnd as EventListener);
  }

  private el(tag: string): Element {
    return this.document.createElement(tag);
  }

  private pageConfig(route: string): WindowConfig {
    const dark = this.theme === 'dark' ? this.config.dark : undefined;
    if (dark === undefined) return { ...this.config.window, ...this.config.pageConfigs[route] };
    return { ...dark.window, ...(dark.pageConfigs[route] ?? this.config.pageConfigs[route]) };
  }

  /** The tab bar of the theme. */
  private themedTabBar(): TabBarConfig | undefined {
    return (this.theme === 'dark' ? this.config.dark?.tabBar : undefined) ?? this.config.tabBar;
  }

  /** The theme changed: both bars are drawn with its values. */
  setTheme(theme: Theme): void {
    this.theme = theme;
    this.draw();
  }

  /** The page shown changed (or the stack under it). */
  show(route: string, root: Element, canGoBack: boolean): void {
    const shown = this.current;
    // Called after every update: the bars are drawn again only when the page they follow changed.
    if (shown !== null && shown.root === root && shown.route === route && shown.canGoBack === canGoBack) return;
    const changed = shown?.root !== root;
    this.current = { route, root, canGoBack };
    if (changed) {
      this.atBottom = false;
      this.stopPullDownRefresh();
    }
    this.draw();
  }

  /** The title, colours and loading mark of the current page's bar. */
  setBar(change: BarState): void {
    if (this.current !== null) this.setBarOf(this.current.root, change);
  }

  /** The same for the page `root` (shown now or later, when it comes on top). */
  setBarOf(root: Element, change: BarState): void {
    this.bars.set(root, { ...this.bars.get(root), ...change });
    if (this.current?.root === root) this.draw();
  }

  /** Whether the current page is a tab page of the drawn tab bar. */
  tabIndex(): number {
    const route = this.current?.route;
    return this.config.tabBar === undefined || this.tabBar === null ? -1 : this.config.tabBar.list.findIndex((t) => t.pagePath === route);
  }

  setTabBadge(index: number, badge: string | null, dot = false): void {
    const tab = this.tabs[index];
    if (tab === undefined) return;
    tab.badge = badge;
    tab.dot = dot;
    this.draw();
  }

  setTabItem(index: number, change: Partial<TabItem>): void {
    const tab = this.tabs[index];
    if (tab === undefined) return;
    Object.assign(tab.set, change);
    this.draw();
  }

  setTabStyle(change: Partial<TabStyle>): void {
    Object.assign(this.tabStyleSet, change);
    this.draw();
  }

  setTabBarShown(shown: boolean): void {
    this.tabBarShown = shown;
    this.draw();
  }

  /** wx.startPullDownRefresh, or a pull at the top of a page that allows it. */
  startPullDownRefresh(): void {
    this.refresh.classList.add('active');
  }

  stopPullDownRefresh(): void {
    this.refresh.classList.remove('active');
  }

  get refreshing(): boolean {
    return this.refresh.classList.contains('active');
  }

  /** wx.pageScrollTo: to a position, or to the top of the first element matching `selector` in the page. */
  scrollTo(top: number | null, selector: string | null, duration: number): boolean {
    let target = top ?? 0;
    if (selector !== null) {
      const element = this.current?.root.querySelector(selector) as HTMLElement | null | undefined;
      if (element === null || element === undefined) return false;
      target = element.getBoundingClientRect().top - this.container.getBoundingClientRect().top + this.container.scrollTop;
    }
    const scroller = this.container as HTMLElement;
    if (duration > 0 && typeof scroller.scrollTo === 'function') scroller.scrollTo({ top: target, behavior: 'smooth' });
    else scroller.scrollTop = target;
    // Setting scrollTop fires no event where there is no layout (happy-dom): report it here.
    this.onScroll();
    return true;
  }

  private readonly onScroll = (): void => {
    if (this.current === null) return;
    const scroller = this.container as HTMLElement;
    this.events.pageScroll(scroller.scrollTop);
    const distance = Number(this.pageConfig(this.current.route).onReachBottomDistance ?? 50);
    const bottom = scroller.scrollHeight > scroller.clientHeight && scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - distance;
    if (bottom && !this.atBottom) this.events.reachBottom();
    this.atBottom = bottom;
  };

  private readonly onTouchStart = (e: TouchEvent): void => {
    const touch = e.touches?.[0];
    this.pullStart = touch !== undefined && (this.container as HTMLElement).scrollTop <= 0 ? touch.clientY : null;
  };

  private readonly onTouchEnd = (e: TouchEvent): void => {
    const touch = e.changedTouches?.[0];
    const start = this.pullStart;
    this.pullStart = null;
    if (start === null || touch === undefined || this.current === null) return;
    if (touch.clientY - start < PULL_DISTANCE || this.pageConfig(this.current.route).enablePullDownRefresh !== true) return;
    this.startPullDownRefresh();
    this.events.pullDownRefresh();
  };

  private draw(): void {
    const page = this.current;
    const bar = this.navigationBar as HTMLElement;
    if (page === null) return;
    const config = this.pageConfig(page.route);
    const state = this.bars.get(page.root) ?? {};
    bar.hidden = config.navigationStyle === 'custom';
    bar.style.background = state.backgroundColor ?? String(config.navigationBarBackgroundColor ?? '#000000');
    bar.style.color = state.frontColor ?? (config.navigationBarTextStyle === 'black' ? '#000000' : '#ffffff');
    bar.replaceChildren();
    if (page.canGoBack) {
      const back = this.el('miniapp-navbar-back');
      back.textContent = '‹';
      back.addEventListener('click', () => this.events.back());
      bar.appendChild(back);
    }
    const title = this.el('miniapp-navbar-title');
    if (state.loading === true) title.appendChild(this.el('miniapp-navbar-loading')).textContent = '◌';
    title.appendChild(this.document.createTextNode(state.title ?? String(config.navigationBarTitleText ?? '')));
    bar.appendChild(title);
    (this.container as HTMLElement).style.backgroundColor = String(config.backgroundColor ?? '');
    // The pull-down refresh's dots: `backgroundTextStyle` is `dark` (the default) or `light`.
    (this.refresh as HTMLElement).style.color = config.backgroundTextStyle === 'light' ? '#ffffff' : '';
    this.drawTabs();
  }

  private drawTabs(): void {
    const tabBar = this.tabBar as HTMLElement | null;
    const config = this.themedTabBar();
    if (tabBar === null || config === undefined) return;
    const style: TabStyle = { ...config, ...this.tabStyleSet };
    const selected = this.tabIndex();
    tabBar.hidden = selected < 0 || !this.tabBarShown;
    tabBar.classList.toggle('white', style.borderStyle === 'white');
    tabBar.style.background = style.backgroundColor;
    tabBar.replaceChildren();
    const top = config.position === 'top';
    this.tabs.forEach((state, index) => {
      const tab: TabItem = { ...config.list[index], ...state.set };
      const item = this.el('miniapp-tab') as HTMLElement;
      item.setAttribute('data-index', String(index));
      if (index === selected) item.classList.add('selected');
      item.style.color = index === selected ? style.selectedColor : style.color;
      const icon = index === selected ? (tab.selectedIconPath ?? tab.iconPath) : tab.iconPath;
      // A tab bar on top shows no icons, as in WeChat.
      if (icon !== undefined && !top) {
        const image = this.el('miniapp-tab-icon') as HTMLElement;
        image.style.backgroundImage = `url("${(this.config.assetUrl ?? ((p: string) => `/${p}`))(icon).replace(/"/g, '%22')}")`;
        item.appendChild(image);
      }
      item.appendChild(this.document.createTextNode(tab.text));
      if (state.badge !== null || state.dot) {
        const badge = this.el('miniapp-tab-badge');
        if (state.dot) badge.classList.add('dot');
        else badge.textContent = state.badge;
        item.appendChild(badge);
      }
      item.addEventListener('click', () => this.events.switchTab(index));
      tabBar.appendChild(item);
    });
  }
}
