// Types and constants of mini-program packages (`.ma` files) and their manifest.json in the W3C
// MiniApp Manifest form. spec/addressing-and-packages.md is the prose.

/** The media type of a package, as the W3C MiniApp Packaging note names it. */
export const PACKAGE_MEDIA_TYPE = 'application/miniapp-pkg+zip';

/** The file extension of a package. */
export const PACKAGE_EXTENSION = '.ma';

/**
 * The platform version of this runtime: a package whose `platform_version.min_code` is higher
 * needs a newer runtime and is refused. Raised when the runtime gains something bundles rely on.
 */
export const PLATFORM_VERSION_CODE = 1;

/** The folder of a package holding the bundle (spec/bundle-format.md), beside manifest.json. */
export const PACKAGE_BUNDLE_DIR = 'bundle';

/** The folder of a package holding the project's images it names (tab bar and manifest icons). */
export const PACKAGE_ASSETS_DIR = 'assets';

/** `version`: a number that orders releases and a name people read. */
export interface PackageVersion {
  code: number;
  name: string;
}

/** `platform_version`: the runtime a package needs. */
export interface PlatformVersion {
  min_code: number;
  target_code?: number;
  release_type?: string;
}

/** An entry of `icons` (an image resource). */
export interface PackageIcon {
  src: string;
  sizes?: string;
  label?: string;
}

/** An entry of `req_permissions`: a scope (`scope.userLocation`) and why the app asks for it. */
export interface PackagePermission {
  name: string;
  reason?: string;
}

/** What `files` says of one file of the package. */
export interface PackageFile {
  /** Its size in bytes, once uncompressed. */
  size: number;
  /** The SHA-256 of its bytes, in hex. */
  sha256: string;
}

/** manifest.json of a package: a W3C MiniApp Manifest, plus `files` (this project's extension member). */
export interface PackageManifest {
  app_id: string;
  name: string;
  short_name?: string;
  description?: string;
  icons: PackageIcon[];
  version: PackageVersion;
  platform_version: PlatformVersion;
  /** Page routes; the first is the entry page. */
  pages: string[];
  /** The W3C window members (snake case) that have a WeChat counterpart in app.json's `window`. */
  window?: Record<string, unknown>;
  req_permissions?: PackagePermission[];
  /** Every other file of the package, by its path in the package: nothing else may be in it. */
  files: Record<string, PackageFile>;
}

/**
 * W3C `window` members and the app.json `window` field each stands for. Members without a
 * WeChat counterpart (`design_width`, `auto_design_width`, `fullscreen`) are not listed.
 */
export const WINDOW_MEMBERS: Readonly<Record<string, string>> = {
  navigation_bar_title_text: 'navigationBarTitleText',
  navigation_bar_background_color: 'navigationBarBackgroundColor',
  navigation_bar_text_style: 'navigationBarTextStyle',
  navigation_style: 'navigationStyle',
  background_color: 'backgroundColor',
  background_text_style: 'backgroundTextStyle',
  enable_pull_down_refresh: 'enablePullDownRefresh',
  on_reach_bottom_distance: 'onReachBottomDistance',
  orientation: 'pageOrientation',
};

/** The W3C members of a manifest.json at its root; app.json's fields may stand beside them. */
export const MANIFEST_MEMBERS: readonly string[] = [
  'app_id',
  'name',
  'short_name',
  'description',
  'icons',
  'version',
  'platform_version',
  'pages',
  'window',
  'req_permissions',
  'dir',
  'lang',
  'color_scheme',
  'device_type',
  'widgets',
];
