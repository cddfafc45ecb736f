// `<cover-view>` and `<cover-image>`: views drawn above native components. This host has no
// native components, so they are a view (text kept on one line, as WeChat does) and an image.
import { ImageComponent } from './image.js';
import { ViewComponent } from './view.js';

export const COVER_CSS = 'wx-cover-view{display:block;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;line-height:1.2}wx-cover-image{display:block;position:relative;overflow:hidden;width:300px;height:150px}';

export class CoverViewComponent extends ViewComponent {}

export class CoverImageComponent extends ImageComponent {}
