// Mini-program addresses: the W3C note's examples parse, parts round-trip through build and
// parse (odd characters, versions, both forms), and bad addresses fail with their reason.
import { describe, expect, it } from 'vitest';
import { AddressError, buildAddress, parseAddress, type AddressParts } from '../../launch/address/address.js';
import { launchFromAddress, LaunchScene } from '../../launch/address/launch_options.js';

describe('parseAddress', () => {
  it('reads the examples of the W3C MiniApp Addressing note', () => {
    expect(parseAddress('platform://miniapp/foo;version=1.0.1-trial/pages/index?k=v#bar')).toEqual({
      scheme: 'platform',
      appId: 'foo',
      version: '1.0.1-trial',
      path: 'pages/index',
      query: { k: 'v' },
      fragment: 'bar',
    });
    expect(parseAddress('https://platform.org/miniapp/foo;version=1.0.1/pages/index?k=v#bar')).toEqual({
      scheme: 'https',
      host: 'platform.org',
      appId: 'foo',
      version: '1.0.1',
      path: 'pages/index',
      query: { k: 'v' },
      fragment: 'bar',
    });
    expect(parseAddress('platform://miniapp/foo')).toEqual({ scheme: 'platform', appId: 'foo', path: '', query: {} });
    expect(parseAddress('platform://miniapp/foo?category=img')).toEqual({ scheme: 'platform', appId: 'foo', path: '', query: { category: 'img' } });
    expect(parseAddress('https://platform.org/miniapp/foo/widgets/index').path).toBe('widgets/index');
  });

  it('decodes percent-encoding in the path, the query and the fragment; "+" stays a plus', () => {
    const address = parseAddress('shop://miniapp/wx01/pages/%E5%95%86%E5%93%81/detail?name=%E5%BC%A0%20%E4%B8%89&sum=1+2&empty=&flag#s%C3%A9ction');
    expect(address.path).toBe('pages/商品/detail');
    expect(address.query).toEqual({ name: '张 三', sum: '1+2', empty: '', flag: '' });
    expect(address.fragment).toBe('séction');
  });

  it('takes a host with a port, and a trailing slash after the page', () => {
    expect(parseAddress('https://example.com:8443/miniapp/app/pages/a/a/')).toMatchObject({ host: 'example.com:8443', path: 'pages/a/a' });
  });

  it.each([
    ['', 'a mini-program address must be a non-empty string'],
    ['pages/index/index', 'it has no scheme'],
    ['1app://miniapp/foo', '"1app" is not a URI scheme'],
    ['platform://mini/foo/pages/index', '"platform://" must be followed by "miniapp/<app-id>"'],
    ['platform://miniapp/', 'it names no app id'],
    ['platform://miniapp/;version=1/pages/index', 'it names no app id'],
    ['platform://miniapp/fo%20o/pages/index', 'the app id "fo%20o" may only hold'],
    ['platform://miniapp/foo;v=1/pages/index', '";v=1" after the app id is not ";version=<version>"'],
    ['platform://miniapp/foo;version=1@x/pages', 'the version "1@x" may only hold'],
    ['https://example.com/app/foo/pages/index', 'an https address names "/miniapp/<app-id>" after its host'],
    ['https:///miniapp/foo', '"" is not a host'],
    ['platform://miniapp/foo/pages//index', 'the page path has an empty segment'],
    ['platform://miniapp/foo/pages/../secret', 'the page path may not hold ".."'],
    ['platform://miniapp/foo/pages/%2E%2E/secret', 'the page path may not hold ".."'],
    ['platform://miniapp/foo/pages%2Findex', 'an encoded "/" inside a segment'],
    ['platform://miniapp/foo/pages/in dex', 'U+0020 in the page path must be percent-encoded'],
    ['platform://miniapp/foo/pages/商品', '"商" in the page path must be percent-encoded'],
    ['platform://miniapp/foo/pages/index?q=100%', 'the query has a "%" not followed by two hex digits'],
    ['platform://miniapp/foo/pages/index?q=%FF', 'the query percent-encodes bytes that are not UTF-8'],
    ['platform://miniapp/foo/pages/index?q=a b', 'U+0020 in the query must be percent-encoded'],
    ['platform://miniapp/foo/pages/index#a#b', '"#" in the fragment must be percent-encoded'],
  ])('refuses %j: %s', (address, reason) => {
    expect(() => parseAddress(address)).toThrow(AddressError);
    expect(() => parseAddress(address)).toThrow(reason);
  });
});

describe('buildAddress', () => {
  const cases: [string, AddressParts][] = [
    ['custom scheme, entry page', { scheme: 'platform', appId: 'foo', path: '' }],
    ['a version and a page', { scheme: 'platform', appId: 'wx1234abcd', version: '2.0.0-beta.1', path: 'pages/detail/detail', query: { id: '42' } }],
    ['an empty version', { scheme: 'platform', appId: 'foo', version: '', path: 'pages/index/index' }],
    ['https with a port', { host: 'example.com:8080', appId: 'org.example.app', path: 'pages/index/index', query: { k: 'v' }, fragment: 'top' }],
    [
      'odd characters everywhere',
      {
        scheme: 'my-host+app.v2',
        appId: 'a_b~c.d-e',
        path: 'pages/商品 list/it\'s (1)!',
        query: { 'a&b': 'c=d', 'q?': 'x/y#z', name: '张 三', plus: '1+1', pct: '100%', empty: '', emoji: '🙂', '': 'nameless' },
        fragment: 'frag ment#2',
      },
    ],
  ];

  it.each(cases)('round-trips %s through parseAddress', (_name, parts) => {
    const built = buildAddress(parts);
    const parsed = parseAddress(built);
    expect(parsed).toEqual({ scheme: parts.scheme ?? 'https', query: {}, ...parts });
    // And writing the parsed address again gives the same text.
    expect(buildAddress(parsed)).toBe(built);
  });

  it('writes the W3C form, percent-encoding what must be', () => {
    expect(buildAddress({ scheme: 'platform', appId: 'foo', version: '1.0.1', path: '/pages/index', query: { k: 'v w' }, fragment: 'bar' })).toBe(
      'platform://miniapp/foo;version=1.0.1/pages/index?k=v%20w#bar',
    );
    expect(buildAddress({ host: 'platform.org', appId: 'foo', path: 'pages/index' })).toBe('https://platform.org/miniapp/foo/pages/index');
  });

  it.each<[AddressParts, string]>([
    [{ appId: 'foo', path: '' }, 'an address needs a scheme'],
    [{ scheme: 'https', appId: 'foo', path: '' }, 'an https address needs a host'],
    [{ scheme: 'platform', host: 'example.com', appId: 'foo', path: '' }, 'only https addresses do'],
    [{ scheme: 'platform', appId: 'f o', path: '' }, 'the app id "f o" may only hold'],
    [{ scheme: 'platform', appId: '', path: '' }, 'and not be empty'],
    [{ scheme: 'platform', appId: 'foo', version: '1/2', path: '' }, 'the version "1/2" may only hold'],
    [{ scheme: 'platform', appId: 'foo', path: 'pages/../x' }, 'has an empty, "." or ".." segment'],
  ])('refuses %j', (parts, reason) => {
    expect(() => buildAddress(parts)).toThrow(reason);
  });
});

describe('launchFromAddress', () => {
  it('gives the page, its query and the QR code scene', () => {
    expect(launchFromAddress('platform://miniapp/WX01;version=3/pages/detail/detail?id=7', 'wx01')).toEqual({ path: 'pages/detail/detail', query: { id: '7' }, scene: LaunchScene.QrCode });
    expect(launchFromAddress('platform://miniapp/wx01?from=poster', 'wx01', LaunchScene.UrlScheme)).toEqual({ query: { from: 'poster' }, scene: 1065 });
  });

  it('refuses an address of another app', () => {
    expect(() => launchFromAddress('platform://miniapp/other/pages/a', 'wx01')).toThrow('the address names the app "other", not this one ("wx01")');
  });
});
