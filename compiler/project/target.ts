// What a build starts from: an app (a directory with app.json) or one component (a path without
// extension whose .json declares `"component": true`), which renders alone under a tag.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { projectConfigOf, type ProjectConfig } from './project_config.js';

export type BuildTarget =
  | { kind: 'app'; root: string; config: ProjectConfig | null }
  | { kind: 'component'; root: string; component: string; tag: string; config: null };

/** The folder holding a library's components: package.json's `miniprogram` folder, if the component is in it. */
function libraryRoot(componentFile: string): string {
  for (let dir = dirname(componentFile); dirname(dir) !== dir; dir = dirname(dir)) {
    const packageJson = join(dir, 'package.json');
    if (!existsSync(packageJson)) continue;
    try {
      const { miniprogram } = JSON.parse(readFileSync(packageJson, 'utf8')) as { miniprogram?: unknown };
      const root = typeof miniprogram === 'string' ? join(dir, miniprogram) : dir;
      if (!relative(root, componentFile).startsWith('..')) return root;
    } catch {
      // an unreadable package.json names no folder
    }
    return dir;
  }
  return dirname(dirname(componentFile));
}

/**
 * The tag a library uses for one of its components: the key under which a sibling component's
 * usingComponents names it (`"van-icon": "../icon/index"`); else the library's prefix (seen in
 * how siblings name each other: `van-`) before the component's folder name; else the folder name.
 */
function conventionalTag(componentPath: string): string {
  const componentDir = dirname(componentPath);
  const name = basename(componentDir);
  const parent = dirname(componentDir);
  let prefix: string | null = null;
  for (const entry of readdirSync(parent)) {
    const dir = join(parent, entry);
    if (dir === componentDir || !statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.json')) continue;
      try {
        const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { usingComponents?: Record<string, unknown> };
        for (const [tag, request] of Object.entries(json.usingComponents ?? {})) {
          if (typeof request !== 'string') continue;
          const target = resolve(dir, request);
          if (target === componentPath) return tag;
          // `van-icon` for ../icon/index: the library's prefix is `van-`.
          const folder = basename(dirname(target));
          if (prefix === null && tag.endsWith(`-${folder}`) && dirname(dirname(target)) === parent) prefix = tag.slice(0, tag.length - folder.length);
        }
      } catch {
        // not a component's json
      }
    }
  }
  return prefix === null || name.startsWith(prefix) ? name : prefix + name;
}

/**
 * Decides what `path` is. A project root whose project.config.json names the mini-program's folder
 * (`miniprogramRoot`) builds that folder, as WeChat devtools opens it. `tag` names the tag a
 * component renders as (default: its library's).
 */
export function buildTarget(path: string, tag?: string): BuildTarget {
  const full = resolve(path);
  if (existsSync(join(full, 'app.json')) || !existsSync(`${full}.json`)) {
    const config = projectConfigOf(full);
    return { kind: 'app', root: config?.miniprogramRoot ?? full, config };
  }
  const root = libraryRoot(full);
  return { kind: 'component', root, component: relative(root, full).split(sep).join('/'), tag: tag ?? conventionalTag(full), config: null };
}
