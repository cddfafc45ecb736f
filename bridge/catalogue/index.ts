// The API catalogue: every API the bridge serves, by name. spec/api.md is its prose.
import { authApis } from './auth.js';
import { deviceApis } from './device.js';
import type { ApiEntry } from './entry.js';
import { locationApis } from './location.js';
import { navigationApis } from './navigation.js';
import { networkApis } from './network.js';
import { openApis } from './open.js';
import { pageApis } from './page.js';
import { storageApis } from './storage.js';
import { systemApis } from './system.js';
import { uiApis } from './ui.js';

export { api, describeApi, handlerName, SCOPES, syncForm, type ApiEntry, type PrivacyClass, type Scope } from './entry.js';
export { FRAMEWORK_APIS } from './framework.js';
export { validateArgs, type Field, type Fields, type Schema } from './schema.js';

/** Every built-in API, in the order spec/api.md lists them. */
export const CATALOGUE: readonly ApiEntry[] = [
  ...storageApis,
  ...openApis,
  ...locationApis,
  ...authApis,
  ...networkApis,
  ...systemApis,
  ...uiApis,
  ...deviceApis,
  ...navigationApis,
  ...pageApis,
];

const byName = new Map(CATALOGUE.map((entry) => [entry.name, entry]));

/** The catalogue entry of a built-in API. */
export function catalogueEntry(name: string): ApiEntry | undefined {
  return byName.get(name);
}
