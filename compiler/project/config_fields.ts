// The fields of app.json and of page and component .json files that WeChat documents, and which of
// them miniapp acts on. The others are accepted and ignored: `miniapp doctor` lists those a project
// has, with what WeChat does with each, and spec/compatibility.md lists the same (as Ignored).

/** The fields of one kind of JSON object. */
export interface ConfigFields {
  /** Fields miniapp reads and acts on. */
  read: ReadonlySet<string>;
  /** Fields WeChat documents that miniapp ignores: what WeChat does with each. */
  ignored: Readonly<Record<string, string>>;
}

/** app.json's top level (its `window` is WINDOW_FIELDS). */
export const APP_JSON_FIELDS: ConfigFields = {
  read: new Set([
    'pages', 'window', 'entryPagePath', 'usingComponents', 'subpackages', 'subPackages', 'preloadRule', 'lazyCodeLoading',
    'permission', 'requiredPrivateInfos', 'tabBar', 'useExtendedLib', 'darkmode', 'themeLocation', 'workers',
  ]),
  ignored: {
    networkTimeout: 'timeouts of wx.request, uploadFile, downloadFile and sockets',
    debug: 'debug output in the console',
    functionalPages: 'the functional pages of plugins',
    requiredBackgroundModes: 'audio and location kept on in the background',
    plugins: 'plugins from other mini-programs',
    resizable: 'a window resized on iPad and PC',
    sitemapLocation: "the sitemap of WeChat's search index",
    style: "'v2': the newer look of the built-ins (they have one look here)",
    entranceDeclare: "opening from a chat's location message",
    singlePage: 'the single-page mode of shared Moments',
    supportedMaterials: 'opening files and media shared in chats',
    serviceProviderTicket: "a service provider's custom version",
    embeddedAppIdList: 'mini-programs opened half-screen (wx.openEmbeddedMiniProgram)',
    halfPage: 'opening as a half-screen page',
    debugOptions: "the devtools' debugging options",
    enablePassiveEvent: 'passive touch listeners',
    resolveAlias: 'path aliases for require',
    renderer: "'skyline': the Skyline renderer (pages render as WebView pages here)",
    rendererOptions: "the Skyline renderer's options",
    componentFramework: "'glass-easel': the component framework (components follow WeChat's documented semantics whatever it says)",
    miniApp: 'multi-platform (Donut) app settings',
    static: 'static resources to upload',
    convertRpxToVw: 'rpx converted to vw',
    appBar: 'the app bar of the multi-frame runtime',
    chatTools: 'the chat tool mode',
    openLocationPagePath: 'the page a location message opens',
    navigateToMiniProgramAppIdList: 'the mini-programs wx.navigateToMiniProgram may open',
    cloud: 'cloud development (wx.cloud)',
  },
};

/** app.json's `window`, and the same fields at a page .json's top level. */
export const WINDOW_FIELDS: ConfigFields = {
  read: new Set([
    'navigationBarBackgroundColor', 'navigationBarTextStyle', 'navigationBarTitleText', 'navigationStyle', 'backgroundColor',
    'enablePullDownRefresh', 'onReachBottomDistance',
  ]),
  ignored: {
    homeButton: 'the home button on a page that has no way back',
    backgroundTextStyle: "the colour of the pull-down refresh's loading dots",
    backgroundColorTop: "the colour above the page when it bounces (iOS)",
    backgroundColorBottom: "the colour below the page when it bounces (iOS)",
    pageOrientation: 'screen rotation',
    restartStrategy: 'which page a cold start reopens',
    initialRenderingCache: 'the first render kept for the next start',
    visualEffectInBackground: 'the page hidden in the task switcher',
    handleWebviewPreload: "when the next page's WebView is preloaded",
  },
};

/** A page's or component's .json, beyond WINDOW_FIELDS. */
export const PAGE_JSON_FIELDS: ConfigFields = {
  read: new Set(['usingComponents', 'component', 'componentGenerics', 'componentPlaceholder', 'styleIsolation']),
  ignored: {
    disableScroll: 'a page that does not scroll up and down',
    renderer: "'skyline': the Skyline renderer (the page renders as a WebView page here)",
    rendererOptions: "the Skyline renderer's options",
    componentFramework: "'glass-easel': the component framework (components follow WeChat's documented semantics whatever it says)",
    style: "'v2': the newer look of the built-ins (they have one look here)",
    singlePage: 'the single-page mode of shared Moments',
    enablePassiveEvent: 'passive touch listeners',
  },
};

/** One of app.json's `subpackages`. */
export const SUBPACKAGE_FIELDS: ConfigFields = {
  read: new Set(['root', 'name', 'pages', 'independent']),
  ignored: {
    entry: "the subpackage's entry script",
    plugins: 'plugins used in the subpackage',
    renderer: "'skyline': the Skyline renderer (its pages render as WebView pages here)",
    componentFramework: "'glass-easel': the component framework (components follow WeChat's documented semantics whatever it says)",
  },
};
