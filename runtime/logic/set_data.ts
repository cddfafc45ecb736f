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

/** WeChat refuses a setData whose data is longer than this, as JSON text… */
const MAX_SET_DATA = 1024 * 1024;
/** …and warns about one longer than this. */
const WARN_SET_DATA = 256 * 1024;

/** Applies WeChat's size rule to a setData's data: refused over 1024 KB, a warning over 256 KB. */
function checkSize(patch: object): void {
  let size: number;
  try {
    size = JSON.stringify(patch).length;
  } catch {
    // Data JSON cannot write (a cycle) is refused by the copy, with its own message.
    return;
  }
  if (size > MAX_SET_DATA) throw new Error(`数据传输长度为 ${size} 已经超过最大长度 ${MAX_SET_DATA}`);
  if (size > WARN_SET_DATA) logicConsole.warn(`setData 数据传输长度为 ${Math.round(size / 1024)} KB，存在有性能问题！`);
}

export function setData(owner: DataOwner, patch: unknown, callback: unknown): void {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw new TypeError(`setData: the first argument must be an object (in ${owner.is})`);
  }
  if (callback !== undefined && typeof callback !== 'function') {
    throw new TypeError(`setData: the callback must be a function (in ${owner.is})`);
  }
  checkSize(patch);
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
