// What `run` (and later `dev`) can be given, opened into a bundle and a launch: a project
// directory (app.json or a W3C manifest.json), one component, a package (`.ma` file or URL:
// checked and installed into the per-app cache), or an address of an app already in the cache.
// `--uri` says where to open (`--page` too, for a project); errors are printed here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AddressError, parseAddress, sameAppId } from '../launch/address/address.js';
import { launchFromAddress, LaunchScene } from '../launch/address/launch_options.js';
import { cachedApp, installPackage } from '../launch/package/launch_package.js';
import { PackageError } from '../launch/package/package_error.js';
import { PACKAGE_EXTENSION } from '../spec/package.js';
import type { Bundle } from '../spec/bundle.js';
import { compileOrReport } from './diagnostics.js';

export interface OpenArgs {
  /** A project, a component, a package file or URL, or an address. */
  target: string;
  /** `path?query` of the page to open (a project only). */
  page?: string;
  /** The address to open. */
  uri?: string;
  /** The launch scene; a scanned QR code when launched at an address. */
  scene?: number;
  /** For a component: the tag it renders as. */
  tag?: string;
  /** PEM files of the public keys whose package signatures are trusted. */
  trust: string[];
  /** Where the per-app cache of packages is. */
  cacheDir: string;
}

export interface OpenedApp {
  bundle: Bundle;
  launch: { path?: string; query?: Record<string, string>; scene?: number };
  /** Where the app's images are, for a package. */
  assetUrl?: (path: string) => string;
}

/** The cache of packages inside a data directory: a name no app id's storage folder can take. */
export function packageCacheDir(dataDir: string): string {
  return join(dataDir, '.packages');
}

const WEB = /^https?:\/\//i;
const ADDRESS = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/miniapp\/|https:\/\/[^/]+\/miniapp\/)/i;

/** A package: a `.ma` file or URL, or a web URL that is not an address. */
function isPackage(target: string): boolean {
  if (WEB.test(target)) return !ADDRESS.test(target) || URL.parse(target)?.pathname.endsWith(PACKAGE_EXTENSION) === true;
  return target.endsWith(PACKAGE_EXTENSION) && existsSync(target) && statSync(target).isFile();
}

/** Splits `pages/detail/detail?id=3&x=y` into a route and a query object. */
export function parsePageArgument(page: string): { path: string; query: Record<string, string> } {
  const q = page.indexOf('?');
  const path = (q < 0 ? page : page.slice(0, q)).replace(/^\//, '');
  const query = Object.fromEntries(new URLSearchParams(q < 0 ? '' : page.slice(q + 1)));
  return { path, query };
}

function fail(message: string): null {
  process.stderr.write(`miniapp: ${message}\n`);
  return null;
}

/** Opens what `run` was given; prints why and returns null when it cannot be run. */
export async function openApp(args: OpenArgs): Promise<OpenedApp | null> {
  if (args.page !== undefined && args.uri !== undefined) return fail('give --page or --uri, not both');
  const scene = args.scene ?? (args.uri !== undefined ? LaunchScene.QrCode : undefined);
  try {
    // An address: the app comes from the cache.
    if (!isPackage(args.target) && ADDRESS.test(args.target)) {
      if (args.uri !== undefined) return fail('the app is given by an address already: leave --uri out');
      const app = cachedApp(args.target, args.cacheDir);
      return { bundle: app.bundle, launch: launchFromAddress(args.target, app.appId, scene), assetUrl: app.assetUrl };
    }
    if (isPackage(args.target)) {
      if (args.page !== undefined) return fail('a package opens at --uri <address>, not --page');
      const app = await installPackage(args.target, { cacheDir: args.cacheDir, trust: args.trust.map(readKeyFile) });
      process.stderr.write(`miniapp: installed ${app.manifest.name} ${app.manifest.version.name} (${app.appId})\n`);
      if (args.uri !== undefined) {
        const address = parseAddress(args.uri);
        if (address.version && address.version !== app.manifest.version.name) return fail(`--uri names version ${address.version}; the package is version ${app.manifest.version.name}`);
      }
      const launch = args.uri === undefined ? (scene === undefined ? {} : { scene }) : launchFromAddress(args.uri, app.appId, scene);
      return { bundle: app.bundle, launch, assetUrl: app.assetUrl };
    }
  } catch (error) {
    if (error instanceof PackageError || error instanceof AddressError) return fail(error.message);
    throw error;
  }

  const compiled = compileOrReport(args.target, { tag: args.tag });
  if (compiled === null) return null;
  const { bundle } = compiled;
  let launch: OpenedApp['launch'] = {};
  if (args.uri !== undefined) {
    try {
      const address = parseAddress(args.uri);
      if (!sameAppId(address.appId, bundle.manifest.appid)) return fail(`--uri names the app "${address.appId}"; the project is "${bundle.manifest.appid}"`);
      launch = launchFromAddress(address, bundle.manifest.appid, scene);
    } catch (error) {
      if (error instanceof AddressError) return fail(`--uri: ${error.message}`);
      throw error;
    }
  } else if (args.page !== undefined) {
    launch = { ...parsePageArgument(args.page), ...(scene === undefined ? {} : { scene }) };
    if (!bundle.manifest.pages.includes(launch.path!)) return fail(`--page "${launch.path}" is not in app.json's pages: ${bundle.manifest.pages.join(', ')}`);
  } else if (scene !== undefined) launch = { scene };
  return { bundle, launch };
}

function readKeyFile(file: string): string {
  if (!existsSync(file)) throw new PackageError(`--trust ${file}: no such file`);
  return readFileSync(file, 'utf8');
}
