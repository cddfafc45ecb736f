// `<match-media>`: its children show only while the simulated screen matches `min-width`,
// `max-width`, `width`, `min-height`, `max-height`, `height` (px) and `orientation`.
import { Builtin, num, str } from './builtin.js';

export const MATCH_MEDIA_CSS = 'wx-match-media{display:block}wx-match-media.wx-match-media-off{display:none}';

export class MatchMediaComponent extends Builtin {
  override update(): void {
    const window = this.host.document.defaultView;
    const width = this.host.screenWidth;
    const height = window?.innerHeight ?? 0;
    const checks: [string, (v: number) => boolean][] = [
      ['min-width', (v) => width >= v],
      ['max-width', (v) => width <= v],
      ['width', (v) => width === v],
      ['min-height', (v) => height >= v],
      ['max-height', (v) => height <= v],
      ['height', (v) => height === v],
    ];
    let matches = checks.every(([name, test]) => {
      const value = num(this.prop(name), NaN);
      return Number.isNaN(value) || test(value);
    });
    const orientation = str(this.prop('orientation'));
    if (orientation !== '') matches &&= (orientation === 'landscape') === width > height;
    this.element.classList.toggle('wx-match-media-off', !matches);
  }
}
