// `<image>`: `src` drawn by `mode`: scaleToFill (the default), aspectFit, aspectFill, widthFix and
// heightFix (the element takes the picture's proportions), and the crop modes that show it unscaled
// (top, bottom, center, left, right, top left, top right, bottom left, bottom right). 320×240 px
// unless styled. `load` tells the picture's size (`{ width, height }`), `error` why it failed
// (`{ errMsg }`). With `lazy-load` it loads only once it is within three screens of the viewport.
import { bool, Builtin, str, type ComponentHost } from './builtin.js';

export const IMAGE_CSS = 'wx-image{display:inline-block;position:relative;overflow:hidden;width:320px;height:240px}.wx-image-picture{display:block;position:absolute;inset:0;background-repeat:no-repeat}';

/** `background-size` and `background-position` of each mode. */
const MODES: Record<string, [size: string, position: string]> = {
  scaleToFill: ['100% 100%', '0% 0%'],
  aspectFit: ['contain', 'center center'],
  aspectFill: ['cover', 'center center'],
  widthFix: ['100% 100%', '0% 0%'],
  heightFix: ['100% 100%', '0% 0%'],
  top: ['auto auto', 'center top'],
  bottom: ['auto auto', 'center bottom'],
  center: ['auto auto', 'center center'],
  left: ['auto auto', 'left center'],
  right: ['auto auto', 'right center'],
  'top left': ['auto auto', 'left top'],
  'top right': ['auto auto', 'right top'],
  'bottom left': ['auto auto', 'left bottom'],
  'bottom right': ['auto auto', 'right bottom'],
};

/** URLs an image may load: anything but script URLs. */
const SAFE_URL = /^(?!\s*(?:javascript|vbscript):)/i;

/** How far beyond the viewport a lazy image starts loading, in screens. */
const LAZY_SCREENS = 3;

export class ImageComponent extends Builtin {
  private readonly picture: HTMLElement;
  /** The source loaded or loading, and its natural size once known. */
  private loaded: { src: string; width: number; height: number } | null = null;
  private loader: HTMLImageElement | null = null;
  private stopWatching: (() => void) | null = null;

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    this.picture = this.make('wx-image-picture', 'wx-image-picture', element);
  }

  override update(): void {
    const src = str(this.prop('src'));
    const mode = str(this.prop('mode'), 'scaleToFill');
    const [size, position] = MODES[mode] ?? MODES.scaleToFill;
    this.picture.style.backgroundSize = size;
    this.picture.style.backgroundPosition = position;
    if (src !== (this.loaded?.src ?? '')) this.startLoading(src);
    this.fit(mode);
  }

  /** widthFix / heightFix: the element takes the picture's proportions. */
  private fit(mode: string): void {
    const style = this.element.style;
    const known = this.loaded !== null && this.loaded.width > 0 && this.loaded.height > 0;
    if ((mode === 'widthFix' || mode === 'heightFix') && known) {
      style.setProperty('aspect-ratio', `${this.loaded!.width} / ${this.loaded!.height}`);
      style.setProperty(mode === 'widthFix' ? 'height' : 'width', 'auto');
    } else style.removeProperty('aspect-ratio');
  }

  private startLoading(src: string): void {
    this.stopWatching?.();
    this.loader = null;
    this.loaded = { src, width: 0, height: 0 };
    this.picture.style.backgroundImage = '';
    if (src === '') return;
    if (bool(this.prop('lazy-load')) && !this.nearViewport()) {
      const document = this.host.document;
      const check = () => {
        if (this.nearViewport()) {
          this.stopWatching?.();
          this.load(src);
        }
      };
      document.addEventListener('scroll', check, true);
      this.stopWatching = () => {
        document.removeEventListener('scroll', check, true);
        this.stopWatching = null;
      };
      return;
    }
    this.load(src);
  }

  private nearViewport(): boolean {
    const rect = this.element.getBoundingClientRect();
    const window = this.host.document.defaultView;
    const height = window?.innerHeight ?? 0;
    const width = window?.innerWidth ?? 0;
    if (height === 0) return true;
    return rect.bottom >= -LAZY_SCREENS * height && rect.top <= (LAZY_SCREENS + 1) * height && rect.right >= -width && rect.left <= 2 * width;
  }

  private load(src: string): void {
    if (!SAFE_URL.test(src)) {
      this.emit('error', { errMsg: `GET ${src} failed: the URL is refused` });
      return;
    }
    const img = this.host.document.createElement('img') as HTMLImageElement;
    this.loader = img;
    img.addEventListener('load', () => {
      if (this.loader !== img) return;
      this.loaded = { src, width: img.naturalWidth, height: img.naturalHeight };
      this.picture.style.backgroundImage = `url("${src.replace(/["\\\n]/g, (c) => `\\${c === '\n' ? 'a ' : c}`)}")`;
      this.fit(str(this.prop('mode'), 'scaleToFill'));
      this.emit('load', { width: img.naturalWidth, height: img.naturalHeight });
    });
    img.addEventListener('error', () => {
      if (this.loader !== img) return;
      this.emit('error', { errMsg: `GET ${src} failed: the image could not be loaded` });
    });
    img.src = src;
  }

  override destroy(): void {
    this.stopWatching?.();
    this.loader = null;
  }
}
