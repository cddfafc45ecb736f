// Types of the bundle the compiler writes and the runtime reads. spec/bundle-format.md is the prose.

/** The bundle format version written into manifest.json. */
export const BUNDLE_FORMAT = 1;

/** The host's theme, as `wx.getSystemInfoSync().theme` reports it. */
export type Theme = 'light' | 'dark';

/**
 * The attribute the render layer gives its container, `light` or `dark`: view.css's rules from
 * `@media (prefers-color-scheme: …)` apply under it (spec/bundle-format.md, "view.css").
 */
export const THEME_ATTRIBUTE = 'data-miniapp-theme';

/** app.json's `window` (and a page's own .json, which overrides it). */
export interface WindowConfig {
  navigationBarTitleText?: string;
  navigationBarBackgroundColor?: string;
  navigationBarTextStyle?: 'black' | 'white';
  backgroundColor?: string;
  enablePullDownRefresh?: boolean;
  onReachBottomDistance?: number;
  [key: string]: unknown;
}

/** What a page's or component's .json says about the components it uses, with paths resolved. */
export interface ComponentConfig {
  /** `usingComponents`: tag → component path (from the project root, without extension). */
  using?: Record<string, string>;
  /** `componentGenerics`: generic name → its default component path, or null when it has none. */
  generics?: Record<string, string | null>;
  /** `componentPlaceholder`: tag → the tag shown in its place until it is available. */
  placeholder?: Record<string, string>;
  /** How view.css scopes the page's or component's styles (spec/bundle-format.md, "view.css"). */
  style?: StyleConfig;
}

/** `styleIsolation` values: a component's, and the extra ones of a page. */
export type StyleIsolation = 'isolated' | 'apply-shared' | 'shared' | 'page-isolated' | 'page-apply-shared' | 'page-shared';

/** The style scope of a page or component. */
export interface StyleConfig {
  /** Its scope name: class `x` of a scoped sheet is `<scope>--x` in view.css and in the DOM. */
  scope: string;
  /** `styleIsolation` from its .json, when it says one (the script's `options` may say it otherwise). */
  isolation?: StyleIsolation;
  /** Its sheet has rules whose subject has no class: every node of its template carries the class `<scope>`. */
  marked?: true;
}

/** app.json's `tabBar`, checked: 2 to 5 tabs, each a page of the app. */
export interface TabBarConfig {
  color: string;
  selectedColor: string;
  backgroundColor: string;
  borderStyle: 'black' | 'white';
  position: 'bottom' | 'top';
  /** The app draws its own: the component `custom-tab-bar/index`, one instance per tab page. */
  custom: boolean;
  list: { pagePath: string; text: string; iconPath?: string; selectedIconPath?: string }[];
}

/** manifest.json: what the runtime needs to know before it evaluates any code. */
export interface Manifest {
  format: typeof BUNDLE_FORMAT;
  /** Page routes from app.json, in order; the first is the entry page. */
  pages: string[];
  /** The route opened when no page is asked for. */
  entryPagePath: string;
  window: WindowConfig;
  /** Each page's own .json (window overrides and page options), by route. */
  pageConfigs: Record<string, WindowConfig>;
  /** app.json's global `usingComponents`, resolved. */
  using: Record<string, string>;
  /** Every page and component, by path (a page's path is its route): what its .json says of components. */
  components: Record<string, ComponentConfig>;
  /** app.json's `tabBar`, when the app has tabs. */
  tabBar?: TabBarConfig;
  /** app.json's subpackages: their pages (routes, also in `pages`) and the chunks holding their code. */
  subpackages?: { root: string; name?: string; independent: boolean; pages: string[]; chunks: number[] }[];
  /** app.json's `preloadRule`: by page, the roots of the subpackages to inject once it is shown. */
  preloadRule?: Record<string, string[]>;
  /**
   * Code evaluated only when first needed: the chunk files (beside logic.js), and which chunk
   * defines each module id, WXS module id and template path. What no chunk holds is in logic.js.
   */
  chunks?: string[];
  chunkOf?: Record<string, number>;
  /** A bundle built from one component rather than an app: the component and the tag it renders as. */
  root?: { component: string; tag: string };
  /** app.json's `workers`: the folder of the Worker scripts, and the modules workers.js defines (wx.createWorker's entries among them). */
  workers?: { folder: string; modules: string[] };
  /** Project files that became modules of logic.js, relative to the project root. */
  modules: string[];
  /** The app id: project.config.json's `appid`, or one derived from the project (spec/bundle-format.md). */
  appid: string;
  /** app.json's `permission`: the purpose of each scope, shown when the user is asked. */
  permission: Record<string, { desc?: string }>;
  /** app.json's `requiredPrivateInfos`: the location APIs the app declares it calls. */
  requiredPrivateInfos: string[];
  /** app.json's `darkmode: true`: the app follows the host's theme; without it the app is always light. */
  darkmode?: true;
  /**
   * With `darkmode` and a theme.json (app.json's `themeLocation`): `window`, `tabBar` and the page
   * configs whose `@name` values theme.json's `dark` section gives otherwise, resolved in the dark
   * theme (a page missing here is as in `pageConfigs`). `window`, `pageConfigs` and `tabBar` above
   * are the light theme's.
   */
  dark?: { window: WindowConfig; pageConfigs: Record<string, WindowConfig>; tabBar?: TabBarConfig };
}

/** A compiled bundle in memory: the files of the bundle directory. */
export interface Bundle {
  manifest: Manifest;
  /** logic.js: the module registry and the compiled templates. */
  logic: string;
  /** logic.js.map: the source map of logic.js. */
  logicMap: string;
  /** The chunk files (manifest.chunks), by file name: their code and source map. */
  chunks?: Record<string, { code: string; map: string }>;
  /** workers.js (with manifest.workers): the Worker scripts as modules, evaluated in a Worker's own context, and its source map. */
  workers?: { code: string; map: string };
  /** view.css: every WXSS file compiled, app.wxss first. */
  css: string;
}

// ---------------------------------------------------------------------------------------------
// Template IR. logic.js registers each WXML file as `__miniapp.template(path, (S) => file)`, where
// file is a TemplateFile of the object literals below with expression functions inline. A path is
// a list of property names (array indices as strings) starting at its root identifier.

/** A data path: `list[3].title` is `["list", "3", "title"]`. */
export type DataPath = string[];

/** An expression compiled to a function, with the paths it reads. */
export interface Binding {
  /** Evaluates the expression against the data root and the scope (wx:for items, indices). */
  f: (data: Record<string, unknown>, scope: Record<string, unknown>) => unknown;
  /** Paths read under the data root. */
  d?: DataPath[];
  /** Paths read under scope variables; each path starts with the variable's name. */
  s?: DataPath[];
}

/** An attribute or text value: a static string or a binding. */
export type TemplateValue = string | Binding;

/** Event binding flags. */
export const enum EventFlags {
  None = 0,
  /** `catch`: stops bubbling. */
  Catch = 1,
  /** `capture-bind` / `capture-catch`: runs in the capture phase. */
  Capture = 2,
  /** `mut-bind`: mutually exclusive with other mut-bind handlers up the tree. */
  Mut = 4,
}

/** What a subtree reads: the union of its bindings' paths (scope names bound inside it left out). */
export interface DepSummary {
  d?: DataPath[];
  s?: DataPath[];
}

export const enum NodeKind {
  Element = 1,
  Text = 2,
  If = 3,
  For = 4,
  Slot = 5,
  TemplateCall = 6,
}

export interface ElementNode extends DepSummary {
  k: NodeKind.Element;
  /** The WXML tag (`view`, `button`, …). */
  t: string;
  /** Attributes in source order. */
  a?: [name: string, value: TemplateValue][];
  /** Event bindings: [event type, flags, handler method name]. */
  e?: [type: string, flags: EventFlags, handler: TemplateValue][];
  /** `model:` two-way bindings: [attribute, the data path it writes back to]. */
  m?: [attribute: string, path: DataPath][];
  c?: TemplateNode[];
}

export interface TextNode extends DepSummary {
  k: NodeKind.Text;
  v: TemplateValue;
}

/** `wx:if` / `wx:elif` / `wx:else`: branches in order; a null condition is the `wx:else`. */
export interface IfNode extends DepSummary {
  k: NodeKind.If;
  b: [condition: Binding | null, children: TemplateNode[]][];
}

/** `wx:for`. */
export interface ForNode extends DepSummary {
  k: NodeKind.For;
  /** The list expression. */
  l: Binding;
  /** When the list expression is a plain path, that path; `lp[0]` is a scope variable when `ls`. */
  lp?: DataPath;
  ls?: boolean;
  /** `wx:for-item` and `wx:for-index` names. */
  i: string;
  x: string;
  /** `wx:key`: a property name, or `*this`. */
  key?: string;
  c: TemplateNode[];
  /** What the items read outside their own item and index (data paths, scope paths). */
  bd?: DataPath[];
  bs?: DataPath[];
}

/** `<slot>` in a component's template: where the children given to the component with that slot name go. */
export interface SlotNode extends DepSummary {
  k: NodeKind.Slot;
  /** The slot's name ('' for the default slot). */
  n: TemplateValue;
  /** Its own `slot` attribute, when it is itself passed into another component's slot. */
  slot?: TemplateValue;
}

/** `<template is="name" data="{{ … }}">`: renders a named template of this file or of an imported one. */
export interface TemplateCallNode extends DepSummary {
  k: NodeKind.TemplateCall;
  is: TemplateValue;
  /** The data the template renders with (its identifiers read this object). */
  data?: Binding;
}

export type TemplateNode = ElementNode | TextNode | IfNode | ForNode | SlotNode | TemplateCallNode;

/** A compiled WXML file. */
export interface TemplateFile {
  /** Its nodes (what renders when the file is a page's or a component's template). */
  n: TemplateNode[];
  /** Its `<template name>` definitions. */
  t?: Record<string, TemplateNode[]>;
  /** Files it `<import>`s, whose named templates it may call (not transitively). */
  i?: string[];
  /** Its `<wxs>` modules: name → module id. */
  w?: Record<string, string>;
}
