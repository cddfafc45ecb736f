// Mini-program addresses, as the W3C MiniApp Addressing note writes them:
//   <scheme>://miniapp/<app-id>[;version=<v>]/<page path>[?query][#fragment]
//   https://<host>/miniapp/<app-id>[;version=<v>]/<page path>[?query][#fragment]
// The host chooses the scheme. Parsing is strict (RFC 3986 characters, percent-encoding checked)
// so that a bad address fails here with its reason, never later as a wrong page.

/** A parsed address. `path` is a page route (`pages/detail/detail`), `''` when none is named. */
export interface MiniAppAddress {
  /** The scheme: the host's own (`platform`) or `https`. */
  scheme: string;
  /** For an `https` address: its host (and port). */
  host?: string;
  appId: string;
  /** `;version=` when present (it may be empty). */
  version?: string;
  path: string;
  /** The query's parameters, percent-decoded; `+` is a plus sign, as in RFC 3986. */
  query: Record<string, string>;
  /** The fragment, percent-decoded. */
  fragment?: string;
}

/** A string that is not a mini-program address; `message` says why. */
export class AddressError extends Error {
  override name = 'AddressError';
}

const INFIX = 'miniapp';
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/;
const UNRESERVED = /^[A-Za-z0-9._~-]*$/;
/** A host: a name or IPv4 address, or an IP literal in brackets, with an optional port. */
const HOST = /^(?:[A-Za-z0-9._~-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
/** Characters allowed in a path segment (pchar less `%`, which is checked apart), and in a query or fragment. */
const SEGMENT_CHARS = /^[A-Za-z0-9._~!$&'()*+,;=:@%-]*$/;
const QUERY_CHARS = /^[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$/;

function fail(address: string, reason: string): never {
  throw new AddressError(`"${address}" is not a mini-program address: ${reason}`);
}

/** Percent-decodes a component; a `%` not followed by two hex digits, or bytes that are not UTF-8, fail. */
function decode(address: string, text: string, what: string): string {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) fail(address, `${what} has a "%" not followed by two hex digits`);
  try {
    return decodeURIComponent(text);
  } catch {
    return fail(address, `${what} percent-encodes bytes that are not UTF-8`);
  }
}

/** The first character of `text` outside `allowed`, described with its place in the address. */
function badCharacter(address: string, text: string, allowed: RegExp, what: string): void {
  for (const char of text) {
    if (allowed.test(char)) continue;
    const shown = char.trim() === '' ? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `"${char}"`;
    fail(address, `${shown} in the ${what} must be percent-encoded`);
  }
}

/** Parses an address; throws an AddressError naming what is wrong. */
export function parseAddress(address: string): MiniAppAddress {
  if (typeof address !== 'string' || address === '') throw new AddressError('a mini-program address must be a non-empty string');
  const schemeEnd = address.indexOf('://');
  if (schemeEnd <= 0) fail(address, 'it has no scheme (expected <scheme>://miniapp/<app-id>/… or https://<host>/miniapp/<app-id>/…)');
  const scheme = address.slice(0, schemeEnd);
  if (!SCHEME.test(scheme)) fail(address, `"${scheme}" is not a URI scheme`);
  let rest = address.slice(schemeEnd + 3);

  // The fragment, then the query, come off the end first: neither may hold the other's delimiter unencoded.
  let fragment: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    const raw = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
    badCharacter(address, raw, /[A-Za-z0-9._~!$&'()*+,;=:@%/?-]/, 'fragment');
    fragment = decode(address, raw, 'the fragment');
  }
  let rawQuery: string | undefined;
  const question = rest.indexOf('?');
  if (question >= 0) {
    rawQuery = rest.slice(question + 1);
    rest = rest.slice(0, question);
  }

  let host: string | undefined;
  if (scheme.toLowerCase() === 'https') {
    const slash = rest.indexOf('/');
    host = slash < 0 ? rest : rest.slice(0, slash);
    if (host === '' || !HOST.test(host)) fail(address, `"${host}" is not a host`);
    rest = slash < 0 ? '' : rest.slice(slash);
    if (rest !== `/${INFIX}` && !rest.startsWith(`/${INFIX}/`)) fail(address, `an https address names "/${INFIX}/<app-id>" after its host`);
    rest = rest.slice(INFIX.length + 2);
  } else {
    if (rest !== INFIX && !rest.startsWith(`${INFIX}/`)) fail(address, `"${scheme}://" must be followed by "${INFIX}/<app-id>"`);
    rest = rest.slice(INFIX.length + 1);
  }

  const slash = rest.indexOf('/');
  const identity = slash < 0 ? rest : rest.slice(0, slash);
  const pathText = slash < 0 ? '' : rest.slice(slash + 1);
  const semicolon = identity.indexOf(';');
  const appId = semicolon < 0 ? identity : identity.slice(0, semicolon);
  if (appId === '') fail(address, 'it names no app id');
  if (!UNRESERVED.test(appId)) fail(address, `the app id "${appId}" may only hold letters, digits, "-", ".", "_" and "~"`);
  let version: string | undefined;
  if (semicolon >= 0) {
    const parameter = identity.slice(semicolon + 1);
    if (!parameter.startsWith('version=')) fail(address, `";${parameter}" after the app id is not ";version=<version>"`);
    version = parameter.slice('version='.length);
    if (!UNRESERVED.test(version)) fail(address, `the version "${version}" may only hold letters, digits, "-", ".", "_" and "~"`);
  }

  const segments: string[] = [];
  if (pathText !== '') {
    const parts = pathText.split('/');
    // One trailing slash names the same page.
    if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    for (const part of parts) {
      badCharacter(address, part, SEGMENT_CHARS, 'page path');
      const segment = decode(address, part, 'the page path');
      if (segment === '') fail(address, 'the page path has an empty segment ("//")');
      if (segment === '.' || segment === '..') fail(address, `the page path may not hold "${segment}"`);
      if (segment.includes('/')) fail(address, 'the page path has an encoded "/" inside a segment');
      segments.push(segment);
    }
  }

  const query: Record<string, string> = {};
  if (rawQuery !== undefined && rawQuery !== '') {
    badCharacter(address, rawQuery, QUERY_CHARS, 'query');
    for (const pair of rawQuery.split('&')) {
      if (pair === '') continue;
      const equals = pair.indexOf('=');
      const key = decode(address, equals < 0 ? pair : pair.slice(0, equals), 'the query');
      query[key] = equals < 0 ? '' : decode(address, pair.slice(equals + 1), 'the query');
    }
  }

  return {
    scheme,
    ...(host === undefined ? {} : { host }),
    appId,
    ...(version === undefined ? {} : { version }),
    path: segments.join('/'),
    query,
    ...(fragment === undefined ? {} : { fragment }),
  };
}

/** Percent-encodes everything but the unreserved characters. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** What buildAddress needs: the scheme defaults to `https` when a host is given. */
export type AddressParts = Omit<MiniAppAddress, 'scheme' | 'query'> & { scheme?: string; query?: Record<string, string> };

/** Writes an address; throws an AddressError for parts no address can hold. parseAddress gives the parts back. */
export function buildAddress(parts: AddressParts): string {
  const scheme = parts.scheme ?? (parts.host !== undefined ? 'https' : undefined);
  if (scheme === undefined) throw new AddressError('an address needs a scheme (the host\'s own) or an https host');
  if (!SCHEME.test(scheme)) throw new AddressError(`"${scheme}" is not a URI scheme`);
  const web = scheme.toLowerCase() === 'https';
  if (web && (parts.host === undefined || !HOST.test(parts.host))) throw new AddressError(`an https address needs a host${parts.host === undefined ? '' : ` ("${parts.host}" is not one)`}`);
  if (!web && parts.host !== undefined) throw new AddressError(`a "${scheme}:" address has no host: only https addresses do`);
  if (parts.appId === '' || !UNRESERVED.test(parts.appId)) throw new AddressError(`the app id "${parts.appId}" may only hold letters, digits, "-", ".", "_" and "~" (and not be empty)`);
  if (parts.version !== undefined && !UNRESERVED.test(parts.version)) throw new AddressError(`the version "${parts.version}" may only hold letters, digits, "-", ".", "_" and "~"`);
  const route = parts.path.replace(/^\/+/, '');
  const segments = route === '' ? [] : route.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') throw new AddressError(`the page path "${parts.path}" has an empty, "." or ".." segment`);
  }
  let address = web ? `https://${parts.host}/${INFIX}/` : `${scheme}://${INFIX}/`;
  address += parts.appId;
  if (parts.version !== undefined) address += `;version=${parts.version}`;
  if (segments.length > 0) address += `/${segments.map(encode).join('/')}`;
  const query = Object.entries(parts.query ?? {});
  if (query.length > 0) address += `?${query.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')}`;
  if (parts.fragment !== undefined) address += `#${encode(parts.fragment)}`;
  return address;
}

/** Whether two app ids are the same app (app ids are not case sensitive). */
export function sameAppId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
