// The package's signing block (W3C MiniApp Packaging, "MiniApp Signing Block"): placed right
// before the ZIP central directory and ended by 16 magic bytes that name this scheme. Laid out
// as the note's example scheme does, little-endian:
//   uint64 size (of what follows) · ID-value pairs (uint64 pair size, uint32 id, value) ·
//   uint64 size (again) · magic
// The digest is the SHA-256 of the package as if the block were not there (the entries, the
// central directory, and the end record pointing at the directory where the block starts), so
// writing the block changes nothing it covers.
import { createHash } from 'node:crypto';
import { PackageError } from './package_error.js';
import type { ContainerLayout } from './zip_container.js';

/** The magic bytes ending the block: this project's scheme, version 1. */
export const SIGNING_BLOCK_MAGIC = 'MiniApp Sig Blk1';

/** IDs of the pairs of the block. Unknown IDs are skipped, as the note asks. */
export const enum BlockId {
  /** The SHA-256 digest of the package without the block (32 bytes). */
  Digest = 0x6d610001,
  /** An Ed25519 signature of the signed message (64 bytes): see signature.ts. */
  Signature = 0x6d610002,
  /** The signer's Ed25519 public key, raw (32 bytes). */
  PublicKey = 0x6d610003,
}

/** A block larger than this is refused before it is read. */
const MAX_BLOCK = 64 * 1024;
const MAGIC = new TextEncoder().encode(SIGNING_BLOCK_MAGIC);

/** Encodes the pairs into a block. */
export function encodeSigningBlock(pairs: Map<BlockId, Uint8Array>): Uint8Array {
  const body = [...pairs].reduce((n, [, value]) => n + 12 + value.length, 0);
  const size = body + 8 + MAGIC.length;
  const block = new Uint8Array(8 + size);
  const data = new DataView(block.buffer);
  data.setBigUint64(0, BigInt(size), true);
  let at = 8;
  for (const [id, value] of pairs) {
    data.setBigUint64(at, BigInt(4 + value.length), true);
    data.setUint32(at + 8, id, true);
    block.set(value, at + 12);
    at += 12 + value.length;
  }
  data.setBigUint64(at, BigInt(size), true);
  block.set(MAGIC, at + 8);
  return block;
}

/** Puts a block before the central directory of a ZIP and points the end record past it. */
export function insertSigningBlock(zip: Uint8Array, layout: ContainerLayout, block: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip.length + block.length);
  out.set(zip.subarray(0, layout.centralOffset), 0);
  out.set(block, layout.centralOffset);
  out.set(zip.subarray(layout.centralOffset), layout.centralOffset + block.length);
  new DataView(out.buffer).setUint32(layout.endOffset + block.length + 16, layout.centralOffset + block.length, true);
  return out;
}

/** A block found in a package: where it starts, and its pairs. */
export interface SigningBlock {
  start: number;
  pairs: Map<number, Uint8Array>;
}

/** The block before the central directory, or null when the package has none. */
export function findSigningBlock(bytes: Uint8Array, layout: ContainerLayout): SigningBlock | null {
  const end = layout.centralOffset;
  if (end < 24) return null;
  const tail = bytes.subarray(end - MAGIC.length, end);
  if (!tail.every((b, i) => b === MAGIC[i])) return null;
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = data.getBigUint64(end - 24, true);
  if (size > BigInt(MAX_BLOCK) || size < 24n || Number(size) + 8 > end) throw new PackageError('the package\'s signing block has a bad size: the package is damaged');
  const start = end - Number(size) - 8;
  if (data.getBigUint64(start, true) !== size) throw new PackageError('the two sizes of the package\'s signing block differ: the package is damaged');
  const pairs = new Map<number, Uint8Array>();
  for (let at = start + 8; at < end - 24; ) {
    const pairSize = data.getBigUint64(at, true);
    if (pairSize < 4n || at + 8 + Number(pairSize) > end - 24) throw new PackageError('a pair of the package\'s signing block runs past it: the package is damaged');
    const id = data.getUint32(at + 8, true);
    if (pairs.has(id)) throw new PackageError(`the package's signing block holds pair ${id.toString(16)} twice`);
    pairs.set(id, bytes.slice(at + 12, at + 8 + Number(pairSize)));
    at += 8 + Number(pairSize);
  }
  return { start, pairs };
}

/** The SHA-256 of the package as it was before the block was put at `blockStart`. */
export function packageDigest(bytes: Uint8Array, layout: ContainerLayout, blockStart: number): Uint8Array {
  const hash = createHash('sha256');
  hash.update(bytes.subarray(0, blockStart));
  hash.update(bytes.subarray(layout.centralOffset, layout.endOffset));
  const end = bytes.slice(layout.endOffset);
  new DataView(end.buffer).setUint32(16, blockStart, true);
  hash.update(end);
  return new Uint8Array(hash.digest());
}
