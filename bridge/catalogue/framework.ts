// The `wx` functions the logic framework answers itself (runtime/logic/api/wx.ts), without a call
// to the host: they are not catalogue entries, but a mini-program calling them is served all the
// same. Listed here so that what checks a project's calls (`miniapp doctor`) knows them too.

/** Each one's name, and what it lacks when it works only in part (spec/compatibility.md says the same). */
export const FRAMEWORK_APIS: Readonly<Record<string, { partial?: string }>> = {
  canIUse: { partial: 'APIs and their fields only: components are not known yet' },
  getPerformance: {},
  onNeedPrivacyAuthorization: {},
  createAnimation: {},
  nextTick: {},
  createSelectorQuery: {},
  getLaunchOptionsSync: {},
  getEnterOptionsSync: {},
  onAppShow: {},
  offAppShow: {},
  onAppHide: {},
  offAppHide: {},
  onError: {},
  offError: {},
  onPageNotFound: {},
  offPageNotFound: {},
  onThemeChange: {},
  offThemeChange: {},
  onUnhandledRejection: { partial: 'the listeners are kept, but nothing calls them: QuickJS offers no hook for promise rejections nobody handles' },
  offUnhandledRejection: {},
  env: {},
  worklet: { partial: 'one thread and no frame loop: worklet functions run where they are called, and an animation is at its end at once' },
  createCanvasContext: { partial: "draws on the old canvas as a 2d context does; reading pixels back (canvasToTempFilePath, canvasGetImageData) is not available" },
  createWorker: { partial: "the Worker runs in a context of its own in the app's logic thread, not in parallel with the app's code" },
  router: { partial: 'no frames: a route is at the end of its transition; a builder runs and its handlePrimaryAnimation styles the page there, the other handlers do nothing' },
  getExptInfoSync: { partial: 'no experiments are configured here: every key is absent' },
  getSkylineInfoSync: {},
  arrayBufferToBase64: {},
  base64ToArrayBuffer: {},
};
