// `miniapp pack`: a compiled project as one package file (W3C MiniApp Packaging): a ZIP holding
// manifest.json (W3C MiniApp Manifest form, declaring every other file with its size and
// SHA-256), the bundle under bundle/ (its chunks, one per subpackage, stay files of their own)
// and the images the manifest names under assets/; then the signing block with the digest and,
// given a key, an Ed25519 signature.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { bundleFiles, type CompileResult } from '../../compiler.js';
import { PACKAGE_ASSETS_DIR, PACKAGE_BUNDLE_DIR, type PackageManifest, type PackageVersion } from '../../spec/package.js';
import { packageManifest } from './manifest.js';
import { PackageError } from './package_error.js';
import { privateKey, rawPublicKey, signDigest, type KeyInput } from './signature.js';
import { BlockId, encodeSigningBlock, insertSigningBlock, packageDigest } from './signing_block.js';
import { containerLayout, writeZip } from './zip_container.js';

export interface PackOptions {
  /** The signing key (Ed25519, PEM or KeyObject); without it the package carries a digest only. */
  key?: KeyInput;
  /** The version, overriding the project's. */
  version?: PackageVersion;
}

export interface PackResult {
  /** The package file's bytes. */
  bytes: Uint8Array;
  manifest: PackageManifest;
  /** The package's digest (hex). */
  digest: string;
}

/** The project files a package carries beside the bundle: the tab bar's icons and the manifest's. */
function assetPaths(compiled: Pick<CompileResult, 'bundle' | 'info'>): string[] {
  const paths = new Set<string>();
  for (const tab of compiled.bundle.manifest.tabBar?.list ?? []) {
    if (tab.iconPath !== undefined) paths.add(tab.iconPath);
    if (tab.selectedIconPath !== undefined) paths.add(tab.selectedIconPath);
  }
  for (const icon of compiled.info.icons) paths.add(icon.src);
  return [...paths].sort();
}

/** The files of the package of a compiled project, by their path in the package (manifest.json aside). */
export function packageFiles(compiled: Pick<CompileResult, 'bundle' | 'info' | 'root'>): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const [name, text] of bundleFiles(compiled.bundle)) files.set(`${PACKAGE_BUNDLE_DIR}/${name}`, encoder.encode(text));
  for (const path of assetPaths(compiled)) files.set(`${PACKAGE_ASSETS_DIR}/${path}`, new Uint8Array(readFileSync(join(compiled.root, path))));
  return files;
}

/**
 * A package from its manifest and files: the ZIP (manifest.json first), then the signing block
 * with the digest, and the signature and public key when `key` is given.
 */
export function assemblePackage(manifest: PackageManifest, files: Map<string, Uint8Array>, key?: KeyObject): { bytes: Uint8Array; digest: Uint8Array } {
  const entries = new Map<string, Uint8Array>([['manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`)]]);
  for (const [path, bytes] of files) entries.set(path, bytes);
  const zip = writeZip(entries);
  const layout = containerLayout(zip);
  const digest = packageDigest(zip, layout, layout.centralOffset);
  const pairs = new Map<BlockId, Uint8Array>([[BlockId.Digest, digest]]);
  if (key !== undefined) {
    pairs.set(BlockId.Signature, signDigest(digest, key));
    pairs.set(BlockId.PublicKey, rawPublicKey(key));
  }
  return { bytes: insertSigningBlock(zip, layout, encodeSigningBlock(pairs)), digest };
}

/** Packs a compiled project (see compileProject). Throws a PackageError for a bad key or version. */
export function packProject(compiled: Pick<CompileResult, 'bundle' | 'info' | 'root'>, options: PackOptions = {}): PackResult {
  if (compiled.bundle.manifest.root !== undefined) throw new PackageError('a component built alone cannot be packed: pack the app that uses it');
  const key = options.key === undefined ? undefined : privateKey(options.key);
  const files = packageFiles(compiled);
  const manifest = packageManifest(compiled.bundle.manifest, compiled.info, files, options.version);
  const { bytes, digest } = assemblePackage(manifest, files, key);
  return { bytes, manifest, digest: Buffer.from(digest).toString('hex') };
}
