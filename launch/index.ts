// Launch anywhere: mini-program addresses (W3C MiniApp Addressing), their QR codes, and packages
// (W3C MiniApp Packaging): pack a project, install a package into a per-app cache, launch an
// installed app at an address. This layer sits above the compiler (packing) and the runtime host
// (launching); neither knows of addresses or packages: the runtime gets a bundle and a launch.
export { AddressError, buildAddress, parseAddress, sameAppId, type AddressParts, type MiniAppAddress } from './address/address.js';
export { launchFromAddress, LaunchScene, type AddressLaunch } from './address/launch_options.js';
export { addressQrCode, qrPng, qrSvg, qrTerminal, type QrFormat, type QrOptions } from './address/qr_code.js';
export { PackageCache, type InstalledApp } from './package/cache.js';
export { cachedApp, installPackage, launchInstalled, type AppLaunchOptions, type InstallOptions } from './package/launch_package.js';
export { DEFAULT_PACKAGE_LIMITS, openPackage, type OpenedPackage, type PackageLimits, type VerifyOptions } from './package/open.js';
export { packProject, type PackOptions, type PackResult } from './package/pack.js';
export { PackageError } from './package/package_error.js';
export type { HostFetch, PackageSource } from './package/source.js';
export { PACKAGE_EXTENSION, PACKAGE_MEDIA_TYPE, PLATFORM_VERSION_CODE, type PackageManifest } from '../spec/package.js';
