// manifest.json of a package, in the W3C MiniApp Manifest form: written from the bundle and the
// project's info by `miniapp pack`, and read back (checked member by member) by the host.
import { createHash } from 'node:crypto';
import type { ProjectInfo } from '../../compiler.js';
import type { Manifest } from '../../spec/bundle.js';
import { PACKAGE_ASSETS_DIR, PLATFORM_VERSION_CODE, WINDOW_MEMBERS, type PackageFile, type PackageManifest, type PackageVersion } from '../../spec/package.js';
import { entryNameProblem } from './entry_names.js';
import { PackageError } from './package_error.js';

/** The version of a project that names none. */
export const DEFAULT_VERSION: PackageVersion = { code: 1, name: '1.0.0' };

const APP_ID = /^[A-Za-z0-9._~-]+$/;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What `files` says of each file. */
export function describeFiles(files: Map<string, Uint8Array>): Record<string, PackageFile> {
  return Object.fromEntries([...files].map(([path, bytes]) => [path, { size: bytes.length, sha256: sha256(bytes) }]));
}

/** The manifest of a package of `bundle`, holding `files` (every file but manifest.json). */
export function packageManifest(bundle: Manifest, info: ProjectInfo, files: Map<string, Uint8Array>, version?: PackageVersion): PackageManifest {
  const platform = info.platformVersion ?? { min_code: PLATFORM_VERSION_CODE, target_code: PLATFORM_VERSION_CODE };
  if (platform.min_code > PLATFORM_VERSION_CODE) {
    throw new PackageError(`"platform_version"."min_code" is ${platform.min_code}, but this miniapp provides platform version ${PLATFORM_VERSION_CODE}`);
  }
  const window: Record<string, unknown> = {};
  for (const [member, field] of Object.entries(WINDOW_MEMBERS)) if (bundle.window[field] !== undefined) window[member] = bundle.window[field];
  const permissions = Object.entries(bundle.permission).map(([name, { desc }]) => ({ name, ...(desc === undefined ? {} : { reason: desc }) }));
  return {
    app_id: bundle.appid,
    name: info.name,
    ...(info.description === undefined ? {} : { description: info.description }),
    icons: info.icons.map((icon) => ({ ...icon, src: `${PACKAGE_ASSETS_DIR}/${icon.src}` })),
    version: version ?? info.version ?? DEFAULT_VERSION,
    platform_version: platform,
    pages: bundle.pages,
    ...(Object.keys(window).length === 0 ? {} : { window }),
    ...(permissions.length === 0 ? {} : { req_permissions: permissions }),
    files: describeFiles(files),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads and checks a package's manifest.json; throws a PackageError naming the first problem. */
export function readPackageManifest(bytes: Uint8Array): PackageManifest {
  const bad = (reason: string): never => {
    throw new PackageError(`the package's manifest.json ${reason}`);
  };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return bad(`is not JSON (${(error as Error).message})`);
  }
  if (!isObject(json)) return bad('does not hold an object');
  const m = json;
  if (typeof m.app_id !== 'string' || !APP_ID.test(m.app_id)) bad('has no valid "app_id"');
  if (typeof m.name !== 'string') bad('has no "name"');
  const version = m.version;
  if (!isObject(version) || !Number.isInteger(version.code) || (version.code as number) < 0 || typeof version.name !== 'string') bad('has no valid "version" ({ "code", "name" })');
  const platform = m.platform_version;
  if (!isObject(platform) || !Number.isInteger(platform.min_code)) bad('has no valid "platform_version" (with "min_code")');
  if (!Array.isArray(m.pages) || m.pages.length === 0 || !m.pages.every((p) => typeof p === 'string')) bad('has no "pages"');
  if (!Array.isArray(m.icons) || !m.icons.every((i) => isObject(i) && typeof i.src === 'string')) bad('has no valid "icons"');
  if (m.window !== undefined && !isObject(m.window)) bad('has a "window" that is not an object');
  if (m.req_permissions !== undefined && (!Array.isArray(m.req_permissions) || !m.req_permissions.every((p) => isObject(p) && typeof p.name === 'string'))) {
    bad('has a "req_permissions" that is not a list of { "name", "reason" }');
  }
  if (!isObject(m.files)) return bad('does not declare its "files"');
  for (const [path, file] of Object.entries(m.files)) {
    const problem = entryNameProblem(path);
    if (problem !== null) bad(`declares "${path}", ${problem}`);
    if (!isObject(file) || !Number.isInteger(file.size) || (file.size as number) < 0 || typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
      bad(`declares "${path}" without a valid "size" and "sha256"`);
    }
  }
  return json as unknown as PackageManifest;
}
