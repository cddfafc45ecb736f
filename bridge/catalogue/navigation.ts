// Navigation: opening and closing pages. The host checks the route and the depth of the page stack
// (at most 10 pages, as WeChat's); the logic thread runs the pages' lifecycles.
import { api, type ApiEntry } from './entry.js';

const url = { schema: { type: 'string' }, required: true } as const;

export const navigationApis: ApiEntry[] = [
  api({ name: 'navigateTo', sync: false, params: { url }, doc: 'opens a page above the current one (`url`: a route with its query, absolute or relative to the current page)' }),
  api({ name: 'redirectTo', sync: false, params: { url }, doc: 'closes the current page and opens another' }),
  api({ name: 'switchTab', sync: false, params: { url }, doc: 'shows a tab page (opened the first time), closing every page that is not a tab; its query is ignored' }),
  api({ name: 'reLaunch', sync: false, params: { url }, doc: 'closes every page and opens one' }),
  api({ name: 'navigateBack', sync: false, params: { delta: { schema: { type: 'number', min: 1 }, default: 1 } }, doc: 'closes `delta` pages (never the first)' }),
];
