// `miniapp qrcode`: the code it prints and the PNG it writes decode back to the same address
// (read with jsQR, a QR reader that shares no code with the encoder); SVG is written too.
import jsQRModule from 'jsqr';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { miniapp } from './helpers.js';

// jsqr is CommonJS with a `default` export: Node gives the function itself, its types the module.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as typeof jsQRModule.default;

const dir = mkdtempSync(join(tmpdir(), 'miniapp-qrcode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Decodes a picture given as rows of dark (true) and light pixels. */
function decode(width: number, height: number, dark: (x: number, y: number) => boolean): string | undefined {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = dark(x, y) ? 0 : 255;
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return jsQR(rgba, width, height)?.data;
}

/** The terminal drawing back as modules: each character is two rows (█ ▀ ▄ space); scaled up for the reader. */
function decodeTerminal(text: string): string | undefined {
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => l !== '' && /^[ █▀▄]+$/.test(l));
  const rows: boolean[][] = [];
  for (const line of lines) {
    const chars = [...line];
    rows.push(chars.map((c) => c === '█' || c === '▀'));
    rows.push(chars.map((c) => c === '█' || c === '▄'));
  }
  const scale = 6;
  return decode(rows[0].length * scale, rows.length * scale, (x, y) => rows[Math.floor(y / scale)][Math.floor(x / scale)]);
}

describe('miniapp qrcode', () => {
  const addresses = [
    'platform://miniapp/wxshoptemplate01/pages/detail/detail?id=3&from=poster',
    'https://example.com/miniapp/org.example.shop;version=1.2.0/pages/%E5%95%86%E5%93%81/index?q=%E5%BC%A0%20%E4%B8%89#top',
  ];

  it.each(addresses)('writes a PNG that decodes back to %s', (address) => {
    const png = join(dir, 'code.png');
    const result = miniapp('qrcode', address, '--png', png);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const image = PNG.sync.read(readFileSync(png));
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(decoded?.data).toBe(address);
  });

  it.each(addresses)('prints a code in the terminal that decodes back to %s', (address) => {
    const result = miniapp('qrcode', address);
    expect(result.status).toBe(0);
    expect(decodeTerminal(result.stdout)).toBe(address);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(address);
  });

  it('writes an SVG image of the same code', () => {
    const svg = join(dir, 'code.svg');
    const address = addresses[0];
    expect(miniapp('qrcode', address, '--svg', svg, '--error-correction', 'H').status).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* viewBox="0 0 (\d+) \1"/);
    expect(text).toContain('<path');
  });

  it('refuses what is not a mini-program address, saying why', () => {
    const result = miniapp('qrcode', 'https://example.com/pages/index');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('is not a mini-program address: an https address names "/miniapp/<app-id>" after its host');
  });
});
