// Entry of the logic framework, bundled into one script and evaluated in QuickJS before logic.js.
// It installs WeChat's globals and `__miniapp`, through which logic.js registers modules and
// templates and the worker dispatches messages and collects DOM operation batches.
import type { DispatchMessage } from '../../bridge/protocol.js';
import { answerCall } from './api/calls.js';
import { needPrivacy } from './api/privacy.js';
import { createWx } from './api/wx.js';
import { App, appHook, getApp } from './app.js';
import { logicConsole } from './console.js';
import { dispatchViewEvent } from './events.js';
import { defineModule, injectModule } from './modules.js';
import { Page, setInjectingRoute } from './page.js';
import { addPerformanceEntries, getPerformance } from './performance.js';
import { batchApplied, flush } from './render_queue.js';
import { resetRunningPage, runningPage } from './report.js';
import { getCurrentPages, navigate, navigateBack, openPage } from './router.js';
import { defineTemplate } from './template/templates.js';
import { setLaunchOptions, setVisibility } from './visibility.js';

function dispatch(json: string): void {
  const message = JSON.parse(json) as DispatchMessage;
  resetRunningPage();
  switch (message.t) {
    case 'inject':
      g.wx = createWx(message.apis);
      injectModule('app.js', undefined);
      for (const route of message.pages) {
        setInjectingRoute(route);
        injectModule(`${route}.js`, route);
      }
      setInjectingRoute(undefined);
      break;
    case 'launch':
      setLaunchOptions(message.launch);
      appHook('onLaunch', [{ ...message.launch, referrerInfo: {} }]);
      appHook('onShow', [{ ...message.launch, referrerInfo: {} }]);
      break;
    case 'route':
      if (message.openType === 'appLaunch') openPage(message.path, message.query);
      else navigate(message.openType, message.path, message.query);
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
    case 'answer':
      answerCall(message.id, message.answer);
      break;
    case 'needPrivacy':
      needPrivacy(message.id, message.api);
      break;
    case 'visibility':
      setVisibility(message.shown);
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
g.getCurrentPages = getCurrentPages;
g.console = logicConsole;
g.wx = { getPerformance };
g.__miniapp = {
  define: defineModule,
  template: defineTemplate,
  dispatch,
  flush,
  running: runningPage,
};
