// The QR code of an address, as a person scans it: printed in a terminal, or written as PNG or
// SVG. The `qrcode` package encodes; the terminal drawing is ours, with the quiet zone the QR
// standard asks for and explicit colours, so it scans on a dark terminal as on a light one.
import QRCode from 'qrcode';
import { parseAddress } from './address.js';

/** The quiet zone around the code, in modules (the QR standard's 4). */
const MARGIN = 4;

export type QrFormat = 'terminal' | 'svg' | 'png';

export interface QrOptions {
  /** Error correction: L, M (default), Q or H. */
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  /** PNG only: pixels per module (default 8). */
  scale?: number;
}

/** The dark modules of the code of `text`, row by row. */
export function qrModules(text: string, options: QrOptions = {}): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: options.errorCorrectionLevel ?? 'M' });
  const rows: boolean[][] = [];
  for (let y = 0; y < modules.size; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < modules.size; x++) row.push(modules.get(x, y) === 1);
    rows.push(row);
  }
  return rows;
}

/**
 * The code for a terminal: each character holds two rows of modules (`█ ▀ ▄` and space), black
 * on white whatever the terminal's own colours, with the quiet zone around it.
 */
export function qrTerminal(text: string, options: QrOptions = {}): string {
  const modules = qrModules(text, options);
  const size = modules.length + 2 * MARGIN;
  const dark = (x: number, y: number) => modules[y - MARGIN]?.[x - MARGIN] === true;
  const lines: string[] = [];
  for (let y = 0; y < size; y += 2) {
    let line = '';
    for (let x = 0; x < size; x++) {
      const top = dark(x, y);
      const bottom = y + 1 < size && dark(x, y + 1);
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(`\x1b[30;47m${line}\x1b[0m`);
  }
  return `${lines.join('\n')}\n`;
}

/** The code as an SVG document. */
export async function qrSvg(text: string, options: QrOptions = {}): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: MARGIN, errorCorrectionLevel: options.errorCorrectionLevel ?? 'M' });
}

/** The code as a PNG image. */
export async function qrPng(text: string, options: QrOptions = {}): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', margin: MARGIN, scale: options.scale ?? 8, errorCorrectionLevel: options.errorCorrectionLevel ?? 'M' });
}

/**
 * The QR code of a mini-program address in `format` (devtools show the current page's this
 * way). Throws an AddressError when `address` is not one.
 */
export async function addressQrCode(address: string, format: 'svg' | 'terminal', options?: QrOptions): Promise<string>;
export async function addressQrCode(address: string, format: 'png', options?: QrOptions): Promise<Buffer>;
export async function addressQrCode(address: string, format: QrFormat, options: QrOptions = {}): Promise<string | Buffer> {
  parseAddress(address);
  if (format === 'terminal') return qrTerminal(address, options);
  return format === 'svg' ? qrSvg(address, options) : qrPng(address, options);
}
