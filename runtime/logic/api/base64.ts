// wx.arrayBufferToBase64 and wx.base64ToArrayBuffer: QuickJS has neither btoa nor atob, so the
// conversion is done here, with the standard alphabet and padding. Characters outside the alphabet
// (line breaks, spaces) are skipped when decoding, as WeChat's decoder does.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map(Array.from(ALPHABET, (c, i) => [c, i]));

/** The bytes of an ArrayBuffer or a typed array (a view's own bytes). */
function bytesOf(buffer: unknown): Uint8Array {
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  throw new TypeError('wx.arrayBufferToBase64: the argument must be an ArrayBuffer');
}

export function arrayBufferToBase64(buffer: unknown): string {
  const bytes = bytesOf(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    out += ALPHABET[a >> 2] + ALPHABET[((a & 3) << 4) | (b >> 4)];
    out += i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)] : '=';
    out += i + 2 < bytes.length ? ALPHABET[c & 63] : '=';
  }
  return out;
}

export function base64ToArrayBuffer(base64: unknown): ArrayBuffer {
  const text = String(base64);
  const sextets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const v = VALUES.get(text[i]);
    if (v !== undefined) sextets.push(v);
    else if (text[i] === '=') break;
  }
  const bytes = new Uint8Array(Math.floor((sextets.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (let i = 0; i < sextets.length; i++) {
    acc = (acc << 6) | sextets[i];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (acc >> bits) & 255;
    }
  }
  return bytes.buffer;
}
