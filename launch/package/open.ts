// Opening a package on the host: every check before a byte of it is used. In order: the ZIP end
// record and central directory; the signing block and the digest of everything else; the
// signature, against the keys the host trusts; the entries' names and sizes (limits first, so a
// ZIP bomb or a huge entry is refused before it is inflated); manifest.json; every file declared
// by it and none other; the platform version; each file's size and SHA-256; the bundle inside.
import { bundleFromFiles } from '../../compiler.js';
import type { Bundle } from '../../spec/bundle.js';
import { PACKAGE_BUNDLE_DIR, PLATFORM_VERSION_CODE, type PackageManifest } from '../../spec/package.js';
import { sameAppId } from '../address/address.js';
import { entryNameProblem } from './entry_names.js';
import { readPackageManifest, sha256 } from './manifest.js';
import { PackageError } from './package_error.js';
import { publicKey, rawPublicKey, verifyDigest, type KeyInput } from './signature.js';
import { BlockId, findSigningBlock, packageDigest } from './signing_block.js';
import { centralDirectory, containerLayout, readEntry } from './zip_container.js';

/** How large a package may be; anything over is refused before it is read further. */
export interface PackageLimits {
  /** The package file. */
  packageBytes: number;
  /** Its number of entries. */
  entries: number;
  /** One entry, uncompressed. */
  entryBytes: number;
  /** All entries, uncompressed. */
  totalBytes: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  packageBytes: 64 * 1024 * 1024,
  entries: 4096,
  entryBytes: 32 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
};

export interface VerifyOptions {
  /** Public keys (Ed25519) whose signatures the host trusts. */
  trust?: KeyInput[];
  /** Refuse unsigned packages (the default when `trust` names a key). */
  requireSignature?: boolean;
  limits?: Partial<PackageLimits>;
}

/** A package that passed every check. */
export interface OpenedPackage {
  manifest: PackageManifest;
  /** Its files (manifest.json aside), by path, checked against the manifest. */
  files: Map<string, Uint8Array>;
  /** The bundle it holds. */
  bundle: Bundle;
  /** The digest (hex). */
  digest: string;
  /** `trusted`: signed by a trusted key; `unchecked`: signed, but no key was trusted to check it; `unsigned`. */
  signature: 'trusted' | 'unchecked' | 'unsigned';
}

const KEY_BYTES = 32;

function checkSignature(pairs: Map<number, Uint8Array>, digest: Uint8Array, options: VerifyOptions): OpenedPackage['signature'] {
  const trusted = (options.trust ?? []).map(publicKey);
  const required = options.requireSignature ?? trusted.length > 0;
  const signature = pairs.get(BlockId.Signature);
  const signer = pairs.get(BlockId.PublicKey);
  if (signature === undefined) {
    if (required) throw new PackageError('the package is not signed, and this host runs only packages signed by a key it trusts');
    return 'unsigned';
  }
  if (trusted.length === 0) {
    if (required) throw new PackageError('the package is signed, but the host trusts no key to check the signature with');
    return 'unchecked';
  }
  const key = signer?.length === KEY_BYTES ? trusted.find((k) => Buffer.compare(rawPublicKey(k), signer) === 0) : undefined;
  if (key === undefined) throw new PackageError('the package is signed by a key this host does not trust');
  if (!verifyDigest(digest, signature, key)) throw new PackageError('the package\'s signature does not match its content: it was changed after it was signed');
  return 'trusted';
}

/** Checks a package; throws a PackageError saying what is wrong with it. */
export function openPackage(bytes: Uint8Array, options: VerifyOptions = {}): OpenedPackage {
  const limits = { ...DEFAULT_PACKAGE_LIMITS, ...options.limits };
  if (bytes.length > limits.packageBytes) throw new PackageError(`the package is ${bytes.length} bytes, over the limit of ${limits.packageBytes}`);
  const layout = containerLayout(bytes);
  const block = findSigningBlock(bytes, layout);
  if (block === null) throw new PackageError('the package has no signing block, so no digest to check it against');
  const expected = block.pairs.get(BlockId.Digest);
  const digest = packageDigest(bytes, layout, block.start);
  if (expected === undefined || Buffer.compare(Buffer.from(expected), Buffer.from(digest)) !== 0) {
    throw new PackageError('the package\'s digest does not match its content: it was changed or damaged after it was packed');
  }
  const signature = checkSignature(block.pairs, digest, options);

  if (layout.entryCount > limits.entries) throw new PackageError(`the package holds ${layout.entryCount} entries, over the limit of ${limits.entries}`);
  const entries = centralDirectory(bytes, layout);
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const problem = entryNameProblem(entry.name);
    if (problem !== null) throw new PackageError(`the package holds "${entry.name}", ${problem}: refused`);
    if (seen.has(entry.name)) throw new PackageError(`the package holds "${entry.name}" twice`);
    seen.add(entry.name);
    if ((entry.flags & 1) !== 0) throw new PackageError(`"${entry.name}" is encrypted, which a package may not be`);
    if (entry.method !== 0 && entry.method !== 8) throw new PackageError(`"${entry.name}" is compressed with method ${entry.method}; a package uses only stored or deflated entries`);
    if (entry.size > limits.entryBytes) throw new PackageError(`"${entry.name}" is ${entry.size} bytes uncompressed, over the limit of ${limits.entryBytes}`);
    total += entry.size;
    if (total > limits.totalBytes) throw new PackageError(`the package's files add up to more than ${limits.totalBytes} bytes uncompressed`);
  }

  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  if (manifestEntry === undefined) throw new PackageError('the package has no manifest.json');
  const manifest = readPackageManifest(readEntry(bytes, manifestEntry, block.start));
  if ('manifest.json' in manifest.files) throw new PackageError('the package\'s manifest.json declares itself among its files');
  for (const entry of entries) {
    if (entry.name !== 'manifest.json' && !(entry.name in manifest.files)) throw new PackageError(`the package holds "${entry.name}", which its manifest.json does not declare`);
  }
  for (const path of Object.keys(manifest.files)) if (!seen.has(path)) throw new PackageError(`the package's manifest.json declares "${path}", which the package does not hold`);
  if (manifest.platform_version.min_code > PLATFORM_VERSION_CODE) {
    throw new PackageError(`the package needs platform version ${manifest.platform_version.min_code}; this runtime is platform version ${PLATFORM_VERSION_CODE}`);
  }

  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name === 'manifest.json') continue;
    const data = readEntry(bytes, entry, block.start);
    const declared = manifest.files[entry.name];
    if (data.length !== declared.size || sha256(data) !== declared.sha256) throw new PackageError(`"${entry.name}" is not the file the manifest declares (its size or SHA-256 differs)`);
    files.set(entry.name, data);
  }
  const bundle = packagedBundle(files, manifest);
  return { manifest, files, bundle, digest: Buffer.from(digest).toString('hex'), signature };
}

/** The bundle under bundle/, which must be the app the manifest describes. */
export function packagedBundle(files: ReadonlyMap<string, Uint8Array>, manifest: PackageManifest): Bundle {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bundle: Bundle;
  try {
    bundle = bundleFromFiles((name) => {
      const data = files.get(`${PACKAGE_BUNDLE_DIR}/${name}`);
      if (data === undefined) throw new Error(`it has no ${PACKAGE_BUNDLE_DIR}/${name}`);
      return decoder.decode(data);
    }, 'the package');
  } catch (error) {
    throw new PackageError(`the package's bundle cannot be read: ${(error as Error).message}`);
  }
  if (typeof bundle.manifest.appid !== 'string' || !Array.isArray(bundle.manifest.pages)) throw new PackageError('the package\'s bundle has a manifest without "appid" or "pages"');
  if (!sameAppId(bundle.manifest.appid, manifest.app_id)) throw new PackageError(`the package's manifest.json names the app "${manifest.app_id}", its bundle "${bundle.manifest.appid}"`);
  if (JSON.stringify(bundle.manifest.pages) !== JSON.stringify(manifest.pages)) throw new PackageError('the pages of the package\'s manifest.json are not its bundle\'s');
  return bundle;
}
