// `<video>`: a real video element: `src`, `controls` (true), `autoplay`, `loop`, `muted`, `poster`,
// `initial-time`, `object-fit` (contain, fill, cover), `show-center-play-btn` aside. Its events:
// `play`, `pause`, `ended`, `timeupdate` (`{ currentTime, duration }`), `waiting`, `error`
// (`{ errMsg }`), `loadedmetadata` (`{ width, height, duration }`), `progress` (`{ buffered }`,
// a percentage), `fullscreenchange` (`{ fullScreen, direction }`). Danmu, wx.createVideoContext and
// the native controls' extras are not available here.
import { bool, Builtin, num, str, type ComponentHost } from './builtin.js';

export const VIDEO_CSS = 'wx-video{display:inline-block;position:relative;width:300px;height:225px;background:#000;overflow:hidden}.wx-video-player{display:block;width:100%;height:100%}';

/** Video URLs: anything but script URLs. */
const SAFE_URL = /^(?!\s*(?:javascript|vbscript):)/i;

export class VideoComponent extends Builtin {
  private readonly video: HTMLVideoElement;
  private src = '';

  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    const video = (this.video = this.make('video', 'wx-video-player', element) as HTMLVideoElement);
    video.setAttribute('playsinline', '');
    video.addEventListener('play', () => this.emit('play', {}));
    video.addEventListener('pause', () => this.emit('pause', {}));
    video.addEventListener('ended', () => this.emit('ended', {}));
    video.addEventListener('waiting', () => this.emit('waiting', {}));
    video.addEventListener('timeupdate', () => this.emit('timeupdate', { currentTime: video.currentTime, duration: video.duration || 0 }));
    video.addEventListener('loadedmetadata', () => {
      const initial = num(this.prop('initial-time'), 0);
      if (initial > 0) video.currentTime = initial;
      this.emit('loadedmetadata', { width: video.videoWidth, height: video.videoHeight, duration: video.duration || 0 });
    });
    video.addEventListener('progress', () => {
      const end = video.buffered.length > 0 ? video.buffered.end(video.buffered.length - 1) : 0;
      this.emit('progress', { buffered: video.duration > 0 ? Math.round((end / video.duration) * 100) : 0 });
    });
    video.addEventListener('error', () => this.emit('error', { errMsg: `MEDIA_ERR ${video.error?.code ?? 0}: the video could not be played` }));
    element.ownerDocument.addEventListener('fullscreenchange', this.onFullscreen);
  }

  private readonly onFullscreen = () => {
    const fullScreen = this.element.ownerDocument.fullscreenElement === this.video;
    this.emit('fullscreenchange', { fullScreen, direction: 'vertical' });
  };

  override update(): void {
    const video = this.video;
    video.controls = bool(this.prop('controls'), true);
    video.loop = bool(this.prop('loop'));
    video.muted = bool(this.prop('muted'));
    video.autoplay = bool(this.prop('autoplay'));
    const poster = str(this.prop('poster'));
    if (poster !== '' && SAFE_URL.test(poster)) video.poster = poster;
    else video.removeAttribute('poster');
    const fit = str(this.prop('object-fit'), 'contain');
    video.style.objectFit = fit === 'fill' || fit === 'cover' ? fit : 'contain';
    const src = str(this.prop('src'));
    if (src !== this.src) {
      this.src = src;
      if (src !== '' && SAFE_URL.test(src)) video.src = src;
      else video.removeAttribute('src');
    }
  }

  override destroy(): void {
    this.element.ownerDocument.removeEventListener('fullscreenchange', this.onFullscreen);
    if (typeof this.video.pause === 'function') this.video.pause();
  }
}
