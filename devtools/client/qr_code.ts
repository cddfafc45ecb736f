// The QR code of the page the simulator shows: its address (W3C MiniApp Addressing, with its
// query), as a person would scan it to open the same page in a host app. The dev server draws the
// code; this popover asks for it each time it opens, so it follows navigation.
import { h, replace } from './dom.js';
import type { Simulator } from './simulator.js';

export class QrCodeButton {
  readonly element: HTMLElement;
  private readonly popover: HTMLElement;

  constructor(private readonly simulator: Simulator) {
    this.popover = h('div', { class: 'qr-popover', role: 'dialog', 'aria-label': 'QR code of this page', hidden: true });
    const button = h('button', { title: 'The QR code of the page shown', 'aria-expanded': 'false', onclick: () => void this.toggle(button) }, '▦ QR code');
    this.element = h('div', { class: 'qr' }, button, this.popover);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.popover.hidden) this.close(button);
    });
  }

  private close(button: HTMLElement): void {
    this.popover.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }

  private async toggle(button: HTMLElement): Promise<void> {
    if (!this.popover.hidden) return this.close(button);
    this.popover.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const app = this.simulator.current;
    if (app === null) {
      replace(this.popover, h('p', { class: 'qr-note' }, 'No app is running.'));
      return;
    }
    const { path, query } = app.location;
    const search = new URLSearchParams(query).toString();
    replace(this.popover, h('p', { class: 'qr-note' }, 'Drawing…'));
    const response = await fetch(`/qrcode?page=${encodeURIComponent(search === '' ? path : `${path}?${search}`)}`);
    if (!response.ok) {
      replace(this.popover, h('p', { class: 'qr-note failed' }, await response.text()));
      return;
    }
    const { address, svg } = (await response.json()) as { address: string; svg: string };
    // The SVG is the dev server's drawing of the code: paths and rectangles, nothing the app wrote.
    const image = h('img', { class: 'qr-image', alt: address, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
    replace(
      this.popover,
      image,
      h('code', { class: 'qr-address' }, address),
      h('p', { class: 'qr-note' }, 'Scanned in a host app, it opens this page with its query.'),
    );
  }
}
