// Getting a package's bytes: given, read from a file, or fetched from a URL through the host's
// fetch (the host decides what the network is). Never more than the limit is read: a server
// that sends more, or says it will, is cut off.
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PACKAGE_MEDIA_TYPE } from '../../spec/package.js';
import { PackageError } from './package_error.js';

/** A package: its bytes, a file path, or an http(s) or file URL. */
export type PackageSource = Uint8Array | string | URL;

/** The host's fetch (the WHATWG one by default). */
export type HostFetch = (url: string) => Promise<Response>;

/** Media types a server may give a package with (a bare ZIP or bytes are fine too). */
const MEDIA_TYPES = new Set([PACKAGE_MEDIA_TYPE, 'application/zip', 'application/octet-stream']);

function isWeb(source: string | URL): boolean {
  return /^https?:\/\//i.test(String(source));
}

async function readFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new PackageError(`cannot read the package ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new PackageError(`the package ${path} is ${size} bytes, over the limit of ${maxBytes}`);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

async function download(url: string, fetch: HostFetch, maxBytes: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new PackageError(`cannot fetch the package ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new PackageError(`cannot fetch the package ${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  if (type !== undefined && type !== '' && !MEDIA_TYPES.has(type)) throw new PackageError(`${url} answered with ${type}, not a package (${PACKAGE_MEDIA_TYPE})`);
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (length > maxBytes) throw new PackageError(`the package ${url} is ${length} bytes, over the limit of ${maxBytes}`);
  if (response.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new PackageError(`the package ${url} is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The bytes of a package, at most `maxBytes` of them. */
export async function readPackageSource(source: PackageSource, options: { fetch?: HostFetch; maxBytes: number }): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (isWeb(source)) return download(String(source), options.fetch ?? ((url) => globalThis.fetch(url)), options.maxBytes);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(String(source))?.[1];
  if (scheme !== undefined && scheme.toLowerCase() !== 'file') throw new PackageError(`cannot fetch a package over ${scheme}: (only https, http and files)`);
  const path = source instanceof URL || String(source).startsWith('file:') ? fileURLToPath(source) : String(source);
  return readFile(path, options.maxBytes);
}
