// Built-in components the render layer draws with part of WeChat's behaviour: what each lacks, as
// spec/compatibility.md's Partial rows say it. `miniapp doctor` shows it where a template uses one.
// (The components not available at all are unsupported.ts's.)

/** Tag → what it lacks. */
export const PARTIAL_COMPONENTS: Readonly<Record<string, string>> = {
  'movable-area': 'no inertia, damping or friction, no pinch to scale',
  'movable-view': 'no inertia, damping or friction, no pinch to scale',
  video: 'no danmu, no wx.createVideoContext',
  span: 'a plain inline container',
  'root-portal': 'a plain block container (not lifted out of the page)',
  'page-meta': 'holds <navigation-bar>; its own attributes (background-color, root-font-size, page-style, scroll-top, …) are not applied',
};
