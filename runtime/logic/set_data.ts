// setData: writes copies of the values at their paths, then updates exactly the bindings that
// read under those paths. The callback runs once the view has applied the update.
import { copyData, parseDataPath, writeDataPath } from './data_path.js';
import { logicConsole } from './console.js';
import { callUser } from './report.js';
import { afterApplied } from './render_queue.js';
import type { Changes } from './template/changes.js';
import type { Owner } from './template/context.js';

/** Something whose template can be updated (a mounted page or component). */
export interface Updatable {
  update(changes: Changes): void;
}

export interface DataOwner extends Owner {
  /** The mounted template, once the first render happened. */
  view: Updatable | null;
}

export function setData(owner: DataOwner, patch: unknown, callback: unknown): void {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw new TypeError(`setData: the first argument must be an object (in ${owner.is})`);
  }
  if (callback !== undefined && typeof callback !== 'function') {
    throw new TypeError(`setData: the callback must be a function (in ${owner.is})`);
  }
  const changed: string[][] = [];
  for (const key of Object.keys(patch)) {
    const path = parseDataPath(key);
    const value = (patch as Record<string, unknown>)[key];
    if (value === undefined) {
      logicConsole.warn(`Setting data field "${key}" to undefined is invalid.`);
      continue;
    }
    writeDataPath(owner.data, path, copyData(value));
    changed.push(path);
  }
  if (owner.view !== null && changed.length > 0) owner.view.update({ d: changed, s: [] });
  if (typeof callback === 'function') afterApplied(() => callUser(callback as () => void, owner, [], owner.is, 'setData callback'));
}
