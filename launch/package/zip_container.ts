// The ZIP container of a package (W3C MiniApp Packaging): written with fflate, read here record
// by record so that nothing in a hostile file is trusted before it is checked. Only what the
// note allows is read: stored or deflated entries, no encryption, no spanning; ZIP64 is not
// needed under the size limits and is refused.
import { inflateSync, zipSync } from 'fflate';
import { PackageError } from './package_error.js';

const END_RECORD = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Entries keep one fixed time, so the same files always make the same package (and digest). */
const ENTRY_TIME = new Date(2000, 0, 1, 0, 0, 0);

/** Where the parts of a container are. */
export interface ContainerLayout {
  /** The end of central directory record: its offset, to the end of the file. */
  endOffset: number;
  /** The central directory: its offset (as the end record says) and size. */
  centralOffset: number;
  centralSize: number;
  entryCount: number;
}

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Writes files into a ZIP (deflated, fixed times), in the order given. */
export function writeZip(files: Map<string, Uint8Array>): Uint8Array {
  const input: Record<string, [Uint8Array, { level: 6; mtime: Date }]> = {};
  for (const [name, data] of files) input[name] = [data, { level: 6, mtime: ENTRY_TIME }];
  return zipSync(input);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Finds the end record, which must end the file, and the central directory it points at. */
export function containerLayout(bytes: Uint8Array): ContainerLayout {
  const data = view(bytes);
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (data.getUint32(at, true) !== END_RECORD) continue;
    const commentLength = data.getUint16(at + 20, true);
    if (at + END_RECORD_SIZE + commentLength !== bytes.length) continue;
    const disk = data.getUint16(at + 4, true);
    const centralDisk = data.getUint16(at + 6, true);
    const entriesHere = data.getUint16(at + 8, true);
    const entryCount = data.getUint16(at + 10, true);
    const centralSize = data.getUint32(at + 12, true);
    const centralOffset = data.getUint32(at + 16, true);
    if (disk !== 0 || centralDisk !== 0 || entriesHere !== entryCount) throw new PackageError('the package is a ZIP split across several files, which a package may not be');
    if (entryCount === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) throw new PackageError('the package is a ZIP64 file, which is not supported');
    if (centralOffset + centralSize > at) throw new PackageError('the ZIP central directory runs past its end record: the package is damaged');
    return { endOffset: at, centralOffset, centralSize, entryCount };
  }
  throw new PackageError('the package has no ZIP end record: it is truncated, or not a ZIP file');
}

/** The entries the central directory lists, in its order. */
export function centralDirectory(bytes: Uint8Array, layout: ContainerLayout): ZipEntry[] {
  const data = view(bytes);
  const entries: ZipEntry[] = [];
  const end = layout.centralOffset + layout.centralSize;
  let at = layout.centralOffset;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < layout.entryCount; i++) {
    if (at + 46 > end || data.getUint32(at, true) !== CENTRAL_HEADER) throw new PackageError(`the ZIP central directory is damaged at entry ${i + 1}`);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength + commentLength > end) throw new PackageError(`the ZIP central directory is damaged at entry ${i + 1}`);
    let name: string;
    try {
      name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    } catch {
      throw new PackageError(`entry ${i + 1} of the package has a name that is not UTF-8`);
    }
    entries.push({
      name,
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (at !== end) throw new PackageError('the ZIP central directory holds more than its entries');
  return entries;
}

/**
 * The bytes of an entry, uncompressed. Its data must lie before `dataEnd` (where the signing
 * block or the central directory starts). Inflating writes into a buffer of the declared size,
 * so an entry that lies about its size cannot take more memory than it declared.
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, dataEnd: number): Uint8Array {
  const data = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > dataEnd || data.getUint32(at, true) !== LOCAL_HEADER) throw new PackageError(`"${entry.name}": its ZIP local header is missing or damaged`);
  const nameLength = data.getUint16(at + 26, true);
  const extraLength = data.getUint16(at + 28, true);
  const localName = bytes.subarray(at + 30, at + 30 + nameLength);
  if (new TextDecoder().decode(localName) !== entry.name) throw new PackageError(`"${entry.name}": its local header names another file`);
  const start = at + 30 + nameLength + extraLength;
  const end = start + entry.compressedSize;
  if (end > dataEnd) throw new PackageError(`"${entry.name}": its data runs past the end of the entries (the package is damaged)`);
  const compressed = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new PackageError(`"${entry.name}": a stored entry whose sizes differ`);
    return compressed.slice();
  }
  try {
    return inflateSync(compressed, { out: new Uint8Array(entry.size) });
  } catch (error) {
    throw new PackageError(`"${entry.name}": its deflated data is damaged (${(error as Error).message})`);
  }
}
