// Entry of the logic framework, bundled into one script and evaluated in QuickJS before logic.js.
// It installs WeChat's globals and `__miniapp`, through which logic.js registers modules, WXS
// modules and templates, and the worker dispatches messages and collects DOM operation batches.
import type { DispatchMessage } from '../../bridge/protocol.js';
import type { Manifest } from '../../spec/bundle.js';
import { answerCall } from './api/calls.js';
import { needPrivacy } from './api/privacy.js';
import { createWx } from './api/wx.js';
import { App, appHook, getApp, getLaunchOptionsSync, setLaunchOptions } from './app.js';
import { Behavior, setBehaviorFile } from './component/behavior.js';
import { Component, Page, setComponentConfigs, setInjecting } from './component/registry.js';
import { answerQuery } from './component/selector_query.js';
import { logicConsole } from './console.js';
import { dispatchViewEvent } from './events.js';
import { defineModule, injectModule } from './modules.js';
import { addPerformanceEntries, getPerformance } from './performance.js';
import { batchApplied, flush } from './render_queue.js';
import { resetRunningPage, runningPage } from './report.js';
import { getCurrentPages, navigate, navigateBack, openComponent, openPage, pageEvent, pageNotFound, setAppPages, share } from './router.js';
import { defineTemplate } from './template/files.js';
import { clearTimer, fireTimer, setInterval, setTimeout } from './timers.js';
import { setVisibility } from './visibility.js';
import { defineWxs } from './wxs.js';

let root: Manifest['root'];

/** Runs app.js, every component's script, then every page's, each registering under its path. */
function inject(manifest: Extract<DispatchMessage, { t: 'inject' }>['manifest']): void {
  root = manifest.root;
  setComponentConfigs(manifest.components, manifest.using);
  setAppPages(manifest.pages, manifest.tabBar, manifest.entryPagePath);
  if (root === undefined) injectModule('app.js', undefined);
  const pages = new Set(manifest.pages);
  const order = [...Object.keys(manifest.components).filter((path) => !pages.has(path)), ...manifest.pages];
  for (const path of order) {
    setInjecting(path);
    setBehaviorFile(path);
    injectModule(`${path}.js`, pages.has(path) ? path : undefined);
  }
  setInjecting(undefined);
  setBehaviorFile('');
}

function dispatch(json: string): void {
  const message = JSON.parse(json) as DispatchMessage;
  resetRunningPage();
  switch (message.t) {
    case 'inject':
      g.wx = createWx(message.apis);
      inject(message.manifest);
      break;
    case 'launch':
      setLaunchOptions(message.launch);
      if (root === undefined) {
        appHook('onLaunch', [getLaunchOptionsSync()]);
        appHook('onShow', [getLaunchOptionsSync()]);
      }
      break;
    case 'route':
      if (root !== undefined) openComponent(root.component, root.tag, message.props ?? {});
      else if (message.openType === 'appLaunch') openPage(message.path, message.query);
      else navigate(message.openType, message.path, message.query, message.call);
      break;
    case 'back':
      navigateBack(message.delta);
      break;
    case 'event':
      dispatchViewEvent(message.event);
      break;
    case 'applied':
      batchApplied();
      break;
    case 'perf':
      addPerformanceEntries(message.entries);
      break;
    case 'layout':
      answerQuery(message.id, message.results);
      break;
    case 'timer':
      fireTimer(message.id);
      break;
    case 'answer':
      answerCall(message.id, message.answer);
      break;
    case 'needPrivacy':
      needPrivacy(message.id, message.api);
      break;
    case 'visibility':
      setVisibility(message.shown);
      break;
    case 'pageNotFound':
      pageNotFound(message.path, message.query, message.isEntryPage);
      break;
    case 'pageEvent':
      pageEvent(message.name, message.detail);
      break;
    case 'share':
      share(message.id);
      break;
    case 'theme':
      appHook('onThemeChange', [{ theme: message.theme }]);
      break;
    default: {
      const unknown: never = message;
      throw new Error(`unknown dispatch message ${JSON.stringify(unknown)}`);
    }
  }
}

const g = globalThis as Record<string, unknown>;
g.App = App;
g.getApp = getApp;
g.Page = Page;
g.Component = Component;
g.Behavior = Behavior;
g.getCurrentPages = getCurrentPages;
g.console = logicConsole;
g.setTimeout = setTimeout;
g.setInterval = setInterval;
g.clearTimeout = clearTimer;
g.clearInterval = clearTimer;
// WeChat's logic layer has a `global` object of its own (code built for Node reads it).
g.global = {};
// Until inject builds the whole `wx` from the host's catalogue (api/wx.ts).
g.wx = { getPerformance };
g.__miniapp = {
  define: defineModule,
  wxs: defineWxs,
  template: defineTemplate,
  dispatch,
  flush,
  running: runningPage,
};
