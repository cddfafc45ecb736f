// The page's surroundings, drawn by the render layer: the navigation bar, the tab bar, the
// pull-down refresh and the page's scrolling.
import { api, type ApiEntry } from './entry.js';

const index = { schema: { type: 'number', min: 0 }, required: true } as const;
const animation = { schema: { type: 'any' } } as const;

export const pageApis: ApiEntry[] = [
  api({ name: 'setNavigationBarTitle', sync: false, params: { title: { schema: { type: 'string' }, required: true } }, doc: "the current page's title" }),
  api({
    name: 'setNavigationBarColor',
    sync: false,
    params: {
      frontColor: { schema: { type: 'string', enum: ['#ffffff', '#000000'] }, required: true },
      backgroundColor: { schema: { type: 'string' }, required: true },
      animation,
    },
    doc: "the current page's bar colours (`frontColor` `#ffffff` or `#000000`)",
  }),
  api({ name: 'showNavigationBarLoading', sync: false, params: {}, doc: 'a loading mark in the current page\'s bar' }),
  api({ name: 'hideNavigationBarLoading', sync: false, params: {}, doc: 'removes the loading mark' }),
  api({
    name: 'pageScrollTo',
    sync: false,
    params: { scrollTop: { schema: { type: 'number' } }, selector: { schema: { type: 'string' } }, duration: { schema: { type: 'number', min: 0 }, default: 300 }, offsetTop: { schema: { type: 'number' }, default: 0 } },
    doc: 'scrolls the page to `scrollTop`, or to the element `selector` matches (plus `offsetTop`)',
  }),
  api({ name: 'startPullDownRefresh', sync: false, params: {}, doc: "starts the page's pull-down refresh: its onPullDownRefresh runs" }),
  api({ name: 'stopPullDownRefresh', sync: false, params: {}, doc: 'ends the pull-down refresh' }),
  api({ name: 'setTabBarBadge', sync: false, params: { index, text: { schema: { type: 'string' }, required: true } }, doc: 'a badge with `text` on tab `index`' }),
  api({ name: 'removeTabBarBadge', sync: false, params: { index }, doc: 'removes the badge of tab `index`' }),
  api({ name: 'showTabBarRedDot', sync: false, params: { index }, doc: 'a red dot on tab `index`' }),
  api({ name: 'hideTabBarRedDot', sync: false, params: { index }, doc: 'removes the red dot' }),
  api({ name: 'showTabBar', sync: false, params: { animation }, doc: 'shows the tab bar' }),
  api({ name: 'hideTabBar', sync: false, params: { animation }, doc: 'hides the tab bar' }),
  api({
    name: 'setTabBarItem',
    sync: false,
    params: { index, text: { schema: { type: 'string' } }, iconPath: { schema: { type: 'string' } }, selectedIconPath: { schema: { type: 'string' } } },
    doc: 'changes the text or icons of tab `index`',
  }),
  api({
    name: 'setTabBarStyle',
    sync: false,
    params: { color: { schema: { type: 'string' } }, selectedColor: { schema: { type: 'string' } }, backgroundColor: { schema: { type: 'string' } }, borderStyle: { schema: { type: 'string', enum: ['black', 'white'] } } },
    doc: "changes the tab bar's colours",
  }),
];
