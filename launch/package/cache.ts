// The per-app cache of installed packages, on disk:
//   <cache>/<app id>/<version code>-<digest>/   manifest.json and the package's files
//   <cache>/<app id>/current.json               which version launches
// A package is unpacked into a temporary folder, moved into place whole, and only then made
// current (current.json is replaced atomically): a refused or interrupted install leaves the
// version that was current before. Reading a version checks every file against its manifest
// again, so a damaged cache is refused rather than run.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bundle } from '../../spec/bundle.js';
import { PACKAGE_ASSETS_DIR, type PackageManifest } from '../../spec/package.js';
import { safeName, writeFileAtomic } from '../../runtime/host/node/atomic_file.js';
import { entryNameProblem } from './entry_names.js';
import { readPackageManifest, sha256 } from './manifest.js';
import type { OpenedPackage } from './open.js';
import { packagedBundle } from './open.js';
import { PackageError } from './package_error.js';

/** Versions kept per app: the current one and the ones before it (an address may name one by `;version=`). */
const KEPT_VERSIONS = 3;

/** A version of an app in the cache, checked and ready to launch. */
export interface InstalledApp {
  appId: string;
  manifest: PackageManifest;
  /** The folder it is unpacked in. */
  dir: string;
  bundle: Bundle;
  /** The URL of a project file the package carries (a tab bar icon): a file URL into the cache. */
  assetUrl(path: string): string;
}

interface Current {
  /** The folder of the version: `<version code>-<first 16 hex digits of the digest>`. */
  version: string;
}

let counter = 0;

async function writeDurably(file: string, data: Uint8Array): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class PackageCache {
  constructor(readonly dir: string) {}

  /** The folder of an app (app ids are not case sensitive). */
  private appDir(appId: string): string {
    return join(this.dir, safeName(appId.toLowerCase()));
  }

  /** Unpacks an opened package and makes it the app's current version. */
  async install(opened: OpenedPackage): Promise<InstalledApp> {
    const { manifest } = opened;
    const appDir = this.appDir(manifest.app_id);
    const version = `${manifest.version.code}-${opened.digest.slice(0, 16)}`;
    const target = join(appDir, version);
    // The same package installed before: kept if it is intact, unpacked again if not.
    if (existsSync(target)) {
      try {
        this.load(manifest.app_id, version);
      } catch {
        rmSync(target, { recursive: true, force: true });
      }
    }
    if (!existsSync(target)) {
      const temp = join(appDir, `.${process.pid}-${++counter}.tmp`);
      try {
        await writeDurably(join(temp, 'manifest.json'), new TextEncoder().encode(JSON.stringify(manifest)));
        for (const [path, data] of opened.files) await writeDurably(join(temp, ...path.split('/')), data);
        renameSync(temp, target);
      } catch (error) {
        rmSync(temp, { recursive: true, force: true });
        throw error;
      }
    }
    const installed = this.load(manifest.app_id, version);
    const current: Current = { version };
    await writeFileAtomic(join(appDir, 'current.json'), JSON.stringify(current));
    this.prune(appDir, version);
    return installed;
  }

  /** The version of an app that launches now (the last installed), or null when none is cached. */
  current(appId: string): InstalledApp | null {
    const file = join(this.appDir(appId), 'current.json');
    if (!existsSync(file)) return null;
    let current: Current;
    try {
      current = JSON.parse(readFileSync(file, 'utf8')) as Current;
    } catch {
      throw new PackageError(`the cache of "${appId}" is damaged (${file})`);
    }
    return this.load(appId, current.version);
  }

  /** A cached version of an app by its version name (an address's `;version=`), or null. */
  find(appId: string, versionName: string): InstalledApp | null {
    const current = this.current(appId);
    if (current === null || current.manifest.version.name === versionName) return current;
    for (const version of this.versions(this.appDir(appId))) {
      const app = this.load(appId, version);
      if (app.manifest.version.name === versionName) return app;
    }
    return null;
  }

  private versions(appDir: string): string[] {
    if (!existsSync(appDir)) return [];
    return readdirSync(appDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort((a, b) => statSync(join(appDir, b)).mtimeMs - statSync(join(appDir, a)).mtimeMs);
  }

  /** Removes the oldest versions past KEPT_VERSIONS, never the current one. */
  private prune(appDir: string, current: string): void {
    const others = this.versions(appDir).filter((v) => v !== current);
    for (const old of others.slice(KEPT_VERSIONS - 1)) rmSync(join(appDir, old), { recursive: true, force: true });
  }

  /** Reads a version back, checking every file. */
  private load(appId: string, version: string): InstalledApp {
    const dir = join(this.appDir(appId), version);
    const damaged = (why: string): never => {
      throw new PackageError(`the cached copy of "${appId}" (${dir}) is damaged: ${why}`);
    };
    if (!/^\d+-[0-9a-f]{16}$/.test(version) || !existsSync(dir)) damaged('its version folder is missing');
    const manifest = readPackageManifest(readFileSync(join(dir, 'manifest.json')));
    const files = new Map<string, Uint8Array>();
    for (const [path, declared] of Object.entries(manifest.files)) {
      if (entryNameProblem(path) !== null) damaged(`it declares "${path}"`);
      const file = join(dir, ...path.split('/'));
      if (!existsSync(file)) damaged(`"${path}" is missing`);
      const data = new Uint8Array(readFileSync(file));
      if (data.length !== declared.size || sha256(data) !== declared.sha256) damaged(`"${path}" was changed`);
      files.set(path, data);
    }
    const bundle = packagedBundle(files, manifest);
    return {
      appId: manifest.app_id,
      manifest,
      dir,
      bundle,
      assetUrl: (path) => {
        const packaged = `${PACKAGE_ASSETS_DIR}/${path.replace(/^\/+/, '')}`;
        return files.has(packaged) ? pathToFileURL(join(dir, ...packaged.split('/'))).href : `/${path.replace(/^\/+/, '')}`;
      },
    };
  }
}
