// `<icon>`: WeChat's icons by `type` (success, success_no_circle, info, warn, waiting, cancel,
// download, search, clear), `size` (23 px; rpx allowed) and `color`, drawn as SVG.
import { Builtin, length, str } from './builtin.js';

export const ICON_CSS = 'wx-icon{display:inline-block;font-size:0;vertical-align:middle}wx-icon>svg{display:block}';

/** Each icon on a 24×24 grid: its default color and its shapes (`c`: filled disc, `r`: ring; paths stroke white on a disc, else the color). */
const ICONS: Record<string, { color: string; disc: 'c' | 'r' | ''; paths: string[] }> = {
  success: { color: '#07c160', disc: 'c', paths: ['M6.5 12.5l3.5 3.5 7.5-8'] },
  success_no_circle: { color: '#07c160', disc: '', paths: ['M3.5 12.5l5.5 5.5 11.5-12'] },
  info: { color: '#10aeff', disc: 'c', paths: ['M12 10.5v7', 'M12 6.5v1.5'] },
  warn: { color: '#fa5151', disc: 'c', paths: ['M12 6.5v7', 'M12 16v1.5'] },
  waiting: { color: '#10aeff', disc: 'c', paths: ['M12 6.5v6l4 2.5'] },
  cancel: { color: '#fa5151', disc: 'c', paths: ['M8 8l8 8', 'M16 8l-8 8'] },
  download: { color: '#b2b2b2', disc: 'c', paths: ['M12 6.5v9', 'M8 12l4 4 4-4'] },
  search: { color: '#b2b2b2', disc: '', paths: ['M10.5 4a6.5 6.5 0 1 0 0.01 0', 'M15.5 15.5l5 5'] },
  clear: { color: '#b2b2b2', disc: 'c', paths: ['M8.5 8.5l7 7', 'M15.5 8.5l-7 7'] },
  circle: { color: '#b2b2b2', disc: 'r', paths: [] },
  info_circle: { color: '#10aeff', disc: 'r', paths: ['M12 10.5v7', 'M12 6.5v1.5'] },
};

const SVG = 'http://www.w3.org/2000/svg';

export class IconComponent extends Builtin {
  override update(): void {
    const type = str(this.prop('type'));
    const icon = ICONS[type];
    this.element.replaceChildren();
    if (icon === undefined) return;
    const size = length(this.prop('size'), 23, this.host.screenWidth);
    const color = str(this.prop('color'), icon.color);
    const doc = this.host.document;
    const svg = doc.createElementNS(SVG, 'svg');
    svg.setAttribute('width', String(size));
    svg.setAttribute('height', String(size));
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('data-icon', type);
    if (icon.disc !== '') {
      const circle = doc.createElementNS(SVG, 'circle');
      circle.setAttribute('cx', '12');
      circle.setAttribute('cy', '12');
      circle.setAttribute('r', icon.disc === 'c' ? '11' : '10');
      circle.setAttribute('fill', icon.disc === 'c' ? color : 'none');
      if (icon.disc === 'r') {
        circle.setAttribute('stroke', color);
        circle.setAttribute('stroke-width', '1.5');
      }
      svg.appendChild(circle);
    }
    for (const d of icon.paths) {
      const path = doc.createElementNS(SVG, 'path');
      path.setAttribute('d', d);
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke', icon.disc === 'c' ? '#fff' : color);
      path.setAttribute('stroke-width', '2');
      path.setAttribute('stroke-linecap', 'round');
      path.setAttribute('stroke-linejoin', 'round');
      svg.appendChild(path);
    }
    this.element.appendChild(svg);
  }
}
