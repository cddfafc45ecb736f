// What the catalogue knows of one API: its arguments, whether it is synchronous, the scope it
// needs, its privacy class and the declarations app.json must hold for it.
import type { ApiDescriptor } from '../protocol.js';
import type { Fields } from './schema.js';

/** WeChat's authorization scopes (wx.authorize, wx.getSetting). */
export const SCOPES = [
  'scope.userLocation',
  'scope.userFuzzyLocation',
  'scope.userLocationBackground',
  'scope.record',
  'scope.camera',
  'scope.bluetooth',
  'scope.writePhotosAlbum',
  'scope.addPhoneContact',
  'scope.addPhoneCalendar',
  'scope.werun',
] as const;

/** A scope: one of WeChat's, or one a host declared for its own APIs (`scope.<name>`). */
export type Scope = string;

/**
 * The kind of user information an API touches, as WeChat's privacy guide lists them. An API with a
 * privacy class runs only once the user agreed to the mini-program's privacy terms.
 */
export type PrivacyClass = 'location' | 'address' | 'clipboard' | 'camera' | 'phone' | 'photo';

export interface ApiEntry {
  name: string;
  sync: boolean;
  /** The fields of the object argument (a sync API's positional arguments are mapped onto them). */
  params: Fields;
  /** A sync API's positional parameters, in order. */
  positional?: string[];
  /** A sync API returns this field of its result rather than the whole result. */
  returns?: string;
  /** The scope the user must grant before it runs. */
  scope?: Scope;
  privacy?: PrivacyClass;
  /** Must be listed in app.json's `requiredPrivateInfos`. */
  requiredPrivateInfo?: boolean;
  /** The handler that serves it when it is not its own name (a `*Sync` form shares its async form's). */
  handler?: string;
  /** One line for the API table in spec/api.md. */
  doc: string;
  /**
   * What it lacks, when it works only in part: `miniapp doctor` shows it at each call, and
   * spec/compatibility.md marks the API Partial with the same limits.
   */
  partial?: string;
}

/** An API entry (typed here so that each family's file stays a plain list). */
export function api(entry: ApiEntry): ApiEntry {
  return entry;
}

/** The `*Sync` form of an async API: positional arguments, the same handler, the same checks. */
export function syncForm(of: ApiEntry, positional: string[], returns?: string): ApiEntry {
  return { ...of, name: `${of.name}Sync`, sync: true, positional, returns, handler: of.handler ?? of.name, doc: `synchronous form of ${of.name}` };
}

/** The name of the handler serving an entry. */
export function handlerName(entry: ApiEntry): string {
  return entry.handler ?? entry.name;
}

/** What the logic framework needs to offer an entry as `wx.<name>`. */
export function describeApi(entry: ApiEntry, available: boolean): ApiDescriptor {
  const descriptor: ApiDescriptor = { name: entry.name, sync: entry.sync, params: Object.keys(entry.params), available };
  if (entry.positional) descriptor.positional = entry.positional;
  if (entry.returns) descriptor.returns = entry.returns;
  return descriptor;
}
