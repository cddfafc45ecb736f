// Entry of the logic framework, bundled into one script and evaluated in QuickJS before logic.js.
// It installs WeChat's globals and `__miniapp`, through which logic.js registers modules, WXS
// modules and templates, and the worker dispatches messages and collects DOM operation batches.
import { CanvasEvent, type DispatchMessage } from '../../bridge/protocol.js';
import type { Manifest } from '../../spec/bundle.js';
import { answerCall } from './api/calls.js';
import { needPrivacy } from './api/privacy.js';
import { workerMessage } from './api/worker.js';
import { createWx } from './api/wx.js';
import { App, appHook, getApp, getLaunchOptionsSync, setLaunchOptions } from './app.js';
import { answerImage } from './canvas/canvas_image.js';
import { Behavior } from './component/behavior.js';
import { Component, Page, setComponentConfigs } from './component/registry.js';
import { answerQuery } from './component/selector_query.js';
import { logicConsole } from './console.js';
import { dispatchViewEvent } from './events.js';
import { editData, inspect } from './devtools/inspect.js';
import { logSetData, sendSetDataLog } from './devtools/set_data_log.js';
import { post } from './host.js';
import { defineModule } from './modules.js';
import { addPerformanceEntries, getPerformance } from './performance.js';
import { batchApplied, flush } from './render_queue.js';
import { resetRunningPage, runningPage } from './report.js';
import { getCurrentPages, navigate, navigateBack, openComponent, openPage, pageEvent, pageNotFound, setAppPages, share } from './router.js';
import { injectApp, isMainLoaded } from './packages.js';
import { defineTemplate } from './template/files.js';
import { fireTimer, TIMER_GLOBALS } from './timers.js';
import { setVisibility } from './visibility.js';
import { defineWxs } from './wxs.js';

let root: Manifest['root'];
/** The host inspects the app (the devtools). */
let devtools = false;

/** The app's pages, components and code as the manifest describes them; app.js and what logic.js holds run now. */
function inject(message: Extract<DispatchMessage, { t: 'inject' }>): void {
  root = message.manifest.root;
  setComponentConfigs(message.manifest.components, message.manifest.using);
  setAppPages(message.manifest.pages, message.manifest.tabBar, message.manifest.entryPagePath);
  injectApp(message.manifest, message.main);
}

function dispatch(json: string): void {
  const message = JSON.parse(json) as DispatchMessage;
  resetRunningPage();
  switch (message.t) {
    case 'inject':
      devtools = message.devtools;
      logSetData(devtools);
      g.wx = createWx(message.apis);
      inject(message);
      break;
    case 'launch':
      setLaunchOptions(message.launch);
      // An app launched into an independent subpackage launches when the main package loads.
      if (root === undefined && isMainLoaded()) {
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
      if (message.event.type === CanvasEvent.Image) answerImage(message.event.detail);
      else dispatchViewEvent(message.event);
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
    case 'workerMessage':
      workerMessage(message.message);
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
    case 'inspect':
      if (devtools) post({ t: 'inspected', id: message.id, inspection: inspect() });
      break;
    case 'editData':
      if (devtools) editData(message.component, message.data);
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
Object.assign(g, TIMER_GLOBALS);
// WeChat's logic layer has a `global` object of its own (code built for Node reads it).
g.global = {};
// Until inject builds the whole `wx` from the host's catalogue (api/wx.ts).
g.wx = { getPerformance };
g.__miniapp = {
  define: defineModule,
  wxs: defineWxs,
  template: defineTemplate,
  dispatch,
  flush: () => {
    sendSetDataLog();
    return flush();
  },
  running: runningPage,
};
