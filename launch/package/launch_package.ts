// The host API for packages: install one (fetch through the host, check, unpack into the
// per-app cache) and launch an installed app at an address, as a QR code or a link opens it.
import { createMiniApp, type MiniApp, type MiniAppOptions } from '../../runtime/host/index.js';
import { AddressError, parseAddress, sameAppId, type MiniAppAddress } from '../address/address.js';
import { launchFromAddress } from '../address/launch_options.js';
import { PackageCache, type InstalledApp } from './cache.js';
import { DEFAULT_PACKAGE_LIMITS, openPackage, type VerifyOptions } from './open.js';
import { PackageError } from './package_error.js';
import { readPackageSource, type HostFetch, type PackageSource } from './source.js';

export interface InstallOptions extends VerifyOptions {
  /** The folder of the per-app cache. */
  cacheDir: string;
  /** How the host fetches a package given by URL (global fetch by default). */
  fetch?: HostFetch;
}

/**
 * Fetches a package, checks it (digest, signature, declared files, limits, platform version)
 * and installs it as its app's current version. Throws a PackageError saying why a package is
 * refused; the cache then keeps the version it had, which still launches.
 */
export async function installPackage(source: PackageSource, options: InstallOptions): Promise<InstalledApp> {
  const maxBytes = options.limits?.packageBytes ?? DEFAULT_PACKAGE_LIMITS.packageBytes;
  const bytes = await readPackageSource(source, { fetch: options.fetch, maxBytes });
  return new PackageCache(options.cacheDir).install(openPackage(bytes, options));
}

/**
 * The cached app an address names: the version its `;version=` names, else the current one.
 * Throws when the cache does not hold it.
 */
export function cachedApp(address: string | MiniAppAddress, cacheDir: string): InstalledApp {
  const parsed = typeof address === 'string' ? parseAddress(address) : address;
  const cache = new PackageCache(cacheDir);
  const app = parsed.version === undefined || parsed.version === '' ? cache.current(parsed.appId) : cache.find(parsed.appId, parsed.version);
  if (app === null) throw new PackageError(`the app "${parsed.appId}"${parsed.version ? ` version ${parsed.version}` : ''} is not in the cache: install its package first`);
  return app;
}

export interface AppLaunchOptions extends Omit<MiniAppOptions, 'bundle' | 'launch'> {
  /** The address to open (its app, and version when it names one, must be this one); the entry page without it. */
  address?: string | MiniAppAddress;
  /** The scene (wx.getLaunchOptionsSync().scene); a scanned QR code by default. */
  scene?: number;
}

/** Starts an installed app, at the page its address names. Throws an AddressError for an address of another app or version. */
export function launchInstalled(app: InstalledApp, options: AppLaunchOptions): MiniApp {
  const { address, scene, ...rest } = options;
  let launch;
  if (address !== undefined) {
    const parsed = typeof address === 'string' ? parseAddress(address) : address;
    if (!sameAppId(parsed.appId, app.appId)) throw new AddressError(`the address names the app "${parsed.appId}", not "${app.appId}"`);
    if (parsed.version !== undefined && parsed.version !== '' && parsed.version !== app.manifest.version.name) {
      throw new AddressError(`the address names version ${parsed.version} of "${app.appId}"; this is version ${app.manifest.version.name}`);
    }
    launch = launchFromAddress(parsed, app.appId, scene);
  } else if (scene !== undefined) launch = { query: {}, scene };
  return createMiniApp({ assetUrl: app.assetUrl, ...rest, bundle: app.bundle, ...(launch === undefined ? {} : { launch }) });
}
