// Built-in components the render layer draws with part of WeChat's behaviour: what each lacks, as
// spec/compatibility.md's Partial rows say it. `miniapp doctor` shows it where a template uses one.
// (The components not available at all are unsupported.ts's.)

/** Tag → what it lacks. */
export const PARTIAL_COMPONENTS: Readonly<Record<string, string>> = {
  'movable-area': 'no inertia, damping or friction, no pinch to scale',
  'movable-view': 'no inertia, damping or friction, no pinch to scale',
  video: 'no danmu, no wx.createVideoContext',
  canvas: 'type="2d" and the old canvas-id canvas (wx.createCanvasContext), drawn where the DOM gives a 2d context; measureText estimates, no getImageData, toDataURL or canvasToTempFilePath; type="webgl" is not available',
  span: 'a plain inline container',
  'root-portal': 'a plain block container (not lifted out of the page)',
  'grid-view': 'drawn as WebView does: a CSS grid of cross-axis-count columns; masonry is drawn aligned, everything is rendered (not only what is on screen)',
  'list-view': 'drawn as WebView does: a block of its children, all rendered',
  'sticky-header': 'drawn as WebView does: position: sticky at the top',
  'sticky-section': 'drawn as WebView does: a block of its children',
  'share-element': 'a block of its children; no transition between pages',
  snapshot: 'a block of its children; takeSnapshot is not available',
  'draggable-sheet': 'a block of its children; it cannot be dragged',
  'nested-scroll-header': 'a block of its children; no nested scrolling',
  'nested-scroll-body': 'a block of its children; no nested scrolling',
  'page-meta': 'holds <navigation-bar>; its own attributes (background-color, root-font-size, page-style, scroll-top, …) are not applied',
};
