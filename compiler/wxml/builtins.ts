// WeChat's built-in components: any other tag in a template must be a declared custom component.

export const BUILTIN_COMPONENTS: ReadonlySet<string> = new Set([
  // view containers
  'view', 'scroll-view', 'swiper', 'swiper-item', 'movable-area', 'movable-view', 'cover-view', 'cover-image',
  'match-media', 'page-container', 'root-portal', 'share-element', 'grid-view', 'list-view', 'sticky-header',
  'sticky-section', 'draggable-sheet', 'nested-scroll-header', 'nested-scroll-body', 'snapshot', 'span',
  // basic content
  'icon', 'progress', 'rich-text', 'text', 'selection',
  // form
  'button', 'checkbox', 'checkbox-group', 'editor', 'editor-portal', 'form', 'input', 'keyboard-accessory',
  'label', 'picker', 'picker-view', 'picker-view-column', 'radio', 'radio-group', 'slider', 'switch', 'textarea',
  // navigation
  'functional-page-navigator', 'navigator', 'navigation-bar',
  // media
  'audio', 'camera', 'channel-live', 'channel-video', 'image', 'live-player', 'live-pusher', 'video',
  'voip-room',
  // map, canvas, open capabilities
  'map', 'canvas', 'web-view', 'ad', 'ad-custom', 'official-account', 'open-data', 'store-home',
  'store-product', 'open-container',
  // page configuration
  'page-meta',
  // WXML's own tags
  'block', 'slot', 'template', 'import', 'include', 'wxs',
]);

/**
 * WeChat built-ins that miniapp renders as inert elements (their children shown, their behaviour
 * absent): xr-frame's tags (any `xr-…`, in components whose json says `"renderer": "xr-frame"`),
 * Skyline's gesture handlers and open-data lists. Answers what the tag is, or undefined.
 */
export function inertBuiltin(tag: string): string | undefined {
  if (tag.startsWith('xr-')) return 'an xr-frame (3D/AR) element';
  return INERT_BUILTINS.get(tag);
}

const INERT_BUILTINS: ReadonlyMap<string, string> = new Map([
  ...['tap', 'double-tap', 'long-press', 'pan', 'scale', 'force-press', 'horizontal-drag', 'vertical-drag'].map(
    (kind) => [`${kind}-gesture-handler`, 'a Skyline gesture handler'] as const,
  ),
  ['open-data-list', 'a Skyline open-data list'],
  ['open-data-item', 'a Skyline open-data item'],
]);
