// Packages: pack → check → install → launch, with the real ZIP, the real Ed25519 and the real
// runtime; and every kind of bad package refused with its reason while the version installed
// before keeps launching.
import { unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProject, type CompileResult } from '../../compiler/index.js';
import type { InstalledApp } from '../../launch/package/cache.js';
import { cachedApp, installPackage, launchInstalled } from '../../launch/package/launch_package.js';
import { describeFiles } from '../../launch/package/manifest.js';
import { openPackage } from '../../launch/package/open.js';
import { assemblePackage, packageFiles, packProject } from '../../launch/package/pack.js';
import { rawPublicKey, signDigest } from '../../launch/package/signature.js';
import { BlockId, encodeSigningBlock, findSigningBlock, insertSigningBlock, packageDigest } from '../../launch/package/signing_block.js';
import { containerLayout, writeZip } from '../../launch/package/zip_container.js';
import type { PackageManifest } from '../../spec/package.js';
import { fixture, template } from '../helpers/app.js';

const signer = generateKeyPairSync('ed25519');
const stranger = generateKeyPairSync('ed25519');
const trust = [signer.publicKey];

let shop: CompileResult;
const work = mkdtempSync(join(tmpdir(), 'miniapp-package-'));
let dirs = 0;
const freshCache = () => join(work, `cache-${++dirs}`);

beforeAll(() => {
  shop = compileProject(template('shop'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts an installed app in a fresh window and waits for it to settle. */
async function start(app: InstalledApp, address?: string) {
  const window = new Window({ url: 'https://miniapp.test/' });
  const mini = launchInstalled(app, { container: window.document.body as unknown as Element, address });
  const errors: unknown[] = [];
  mini.on('error', (e) => errors.push(e));
  await mini.settled();
  return {
    mini,
    errors,
    text: (selector: string) => mini.view.currentPage?.root.querySelector(selector)?.textContent ?? null,
    close: async () => {
      await mini.close();
      await window.happyDOM.close();
    },
  };
}

/** A package of the shop with a manifest changed by `edit` (and files by `files`), digested and signed again. */
function repacked(edit: (m: PackageManifest) => void, files?: (f: Map<string, Uint8Array>) => void): Uint8Array {
  const f = packageFiles(shop);
  files?.(f);
  const manifest = packProject(shop).manifest;
  manifest.files = describeFiles(packageFiles(shop));
  edit(manifest);
  return assemblePackage(manifest, f, signer.privateKey).bytes;
}

describe('miniapp pack', () => {
  it('writes a ZIP any reader opens: manifest.json in the W3C form first, the bundle under bundle/, each subpackage chunk a file of its own', () => {
    const { bytes, manifest } = packProject(shop, { key: signer.privateKey, version: { code: 7, name: '1.3.0' } });
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)[0]).toBe('manifest.json');
    expect(Object.keys(entries).sort()).toEqual(
      ['manifest.json', 'bundle/manifest.json', 'bundle/logic.js', 'bundle/logic.js.map', 'bundle/view.css', ...shop.bundle.manifest.chunks!.flatMap((c) => [`bundle/${c}`, `bundle/${c}.map`])].sort(),
    );
    // The subpackage's code is only in its chunk.
    const sub = shop.bundle.manifest.subpackages![0];
    const chunk = `bundle/${shop.bundle.manifest.chunks![sub.chunks[0]]}`;
    expect(new TextDecoder().decode(entries[chunk])).toContain('account/pages/orders/orders.js');
    expect(new TextDecoder().decode(entries['bundle/logic.js'])).not.toContain('account/pages/orders/orders.js');
    expect(JSON.parse(new TextDecoder().decode(entries['manifest.json']))).toEqual(manifest);
    expect(manifest).toMatchObject({
      app_id: 'wxshoptemplate01',
      name: 'shop',
      icons: [],
      version: { code: 7, name: '1.3.0' },
      platform_version: { min_code: 1 },
      pages: ['pages/home/home', 'pages/cart/cart', 'pages/detail/detail', 'account/pages/orders/orders'],
      window: { navigation_bar_title_text: 'Shop', navigation_bar_background_color: '#ffffff', navigation_bar_text_style: 'black', background_color: '#f7f8fa' },
    });
    expect(Object.keys(manifest.files).sort()).toEqual(Object.keys(entries).filter((n) => n !== 'manifest.json').sort());
  });

  it('derives req_permissions from app.json\'s permission, and carries the tab bar\'s icons', () => {
    const location = packProject(compileProject(fixture('location'))).manifest;
    expect(location.req_permissions).toEqual([{ name: 'scope.userLocation', reason: 'to show the shops near you' }]);
    const tabs = packProject(compileProject(fixture('tabs'))).manifest;
    expect(Object.keys(tabs.files).filter((f) => f.startsWith('assets/'))).toEqual(['assets/images/home-on.png', 'assets/images/home.png']);
  });

  it('makes the same package from the same project', () => {
    expect(packProject(shop).digest).toBe(packProject(shop).digest);
  });
});

describe('checking a package', () => {
  it('accepts a package signed by a trusted key, and an unsigned one when no signature is required', () => {
    expect(openPackage(packProject(shop, { key: signer.privateKey }).bytes, { trust }).signature).toBe('trusted');
    expect(openPackage(packProject(shop).bytes).signature).toBe('unsigned');
    expect(openPackage(packProject(shop, { key: signer.privateKey }).bytes).signature).toBe('unchecked');
  });

  const good = () => packProject(shop, { key: signer.privateKey }).bytes;
  const refusals: [string, () => Uint8Array, string, object?][] = [
    [
      'a changed byte in a file',
      () => {
        const bytes = good();
        bytes[200] ^= 0xff;
        return bytes;
      },
      'digest does not match its content',
    ],
    ['a package cut short', () => good().slice(0, 10_000), 'no ZIP end record: it is truncated'],
    ['a package missing its last bytes', () => good().slice(0, -5), 'no ZIP end record: it is truncated'],
    ['an unsigned package when a signature is required', () => packProject(shop).bytes, 'not signed, and this host runs only packages signed by a key it trusts'],
    ['a package signed by another key', () => packProject(shop, { key: stranger.privateKey }).bytes, 'signed by a key this host does not trust'],
    [
      'a signature that is not of this content',
      () => {
        // Other content with its own digest, and the signature the trusted key made for the first package.
        const stolen = findSigningBlock(good(), containerLayout(good()))!.pairs.get(BlockId.Signature)!;
        const other = packProject(shop, { version: { code: 2, name: 'other' } }).manifest;
        return withBlock(new Map([['manifest.json', new TextEncoder().encode(JSON.stringify(other))], ...packageFiles(shop)]), (digest) => [
          [BlockId.Digest, digest],
          [BlockId.Signature, stolen],
          [BlockId.PublicKey, rawPublicKey(signer.publicKey)],
        ]);
      },
      'signature does not match its content',
    ],
    [
      'a file the manifest does not declare',
      () => repacked((m) => delete m.files['bundle/view.css']),
      'holds "bundle/view.css", which its manifest.json does not declare',
    ],
    [
      'a file declared but missing',
      () => repacked(() => undefined, (f) => f.delete('bundle/view.css')),
      'declares "bundle/view.css", which the package does not hold',
    ],
    [
      'a path that climbs out of the cache ("../")',
      () => repacked((m) => (m.files['../evil.js'] = { size: 1, sha256: '0'.repeat(64) }), (f) => f.set('../evil.js', new Uint8Array([1]))),
      'holds "../evil.js", a ".." in its path: refused',
    ],
    [
      'an absolute path',
      () => rawPackage(new Map([['/etc/passwd', new Uint8Array([1])]])),
      'holds "/etc/passwd", an absolute path: refused',
    ],
    [
      'a platform version newer than this runtime',
      () => repacked((m) => (m.platform_version = { min_code: 99 })),
      'needs platform version 99; this runtime is platform version 1',
    ],
    [
      'a file whose bytes are not those declared',
      () => repacked((m) => (m.files['bundle/view.css'].sha256 = 'f'.repeat(64))),
      '"bundle/view.css" is not the file the manifest declares',
    ],
    [
      'a ZIP bomb (a small entry that inflates past the limit)',
      () => rawPackage(new Map([['manifest.json', new Uint8Array(4 * 1024 * 1024)]])),
      '"manifest.json" is 4194304 bytes uncompressed, over the limit of 1048576',
      { limits: { entryBytes: 1024 * 1024 } },
    ],
    [
      'too many files in all',
      () => rawPackage(new Map(Array.from({ length: 5 }, (_, i) => [`f${i}`, new Uint8Array(1024)]))),
      'files add up to more than 4096 bytes uncompressed',
      { limits: { totalBytes: 4096 } },
    ],
    ['a package over the size limit', () => good(), 'over the limit of 1000', { limits: { packageBytes: 1000 } }],
    ['a package without a signing block', () => writeZip(new Map([['manifest.json', new Uint8Array(2)]])), 'has no signing block'],
    ['what is not a ZIP at all', () => new TextEncoder().encode('<html>Not found</html>'), 'no ZIP end record'],
  ];

  it.each(refusals)('refuses %s', (_name, make, reason, options) => {
    expect(() => openPackage(make(), { trust, ...options })).toThrow(reason);
  });

  it('cuts an entry that lies about its size at the size it declared, and refuses it', () => {
    const manifest = packProject(shop).manifest;
    const files = packageFiles(shop);
    const css = files.get('bundle/view.css')!;
    const zip = writeZip(new Map([['manifest.json', new TextEncoder().encode(JSON.stringify(manifest))], ...files]));
    // Make the central directory say view.css is 10 bytes uncompressed.
    const layout = containerLayout(zip);
    const data = new DataView(zip.buffer, zip.byteOffset);
    for (let at = layout.centralOffset; at < layout.endOffset; ) {
      const nameLength = data.getUint16(at + 28, true);
      const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
      if (name === 'bundle/view.css') data.setUint32(at + 24, 10, true);
      at += 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    }
    expect(css.length).toBeGreaterThan(10);
    const digest = packageDigest(zip, layout, layout.centralOffset);
    const bytes = insertSigningBlock(zip, layout, encodeSigningBlock(new Map([[BlockId.Digest, digest]])));
    expect(() => openPackage(bytes)).toThrow('"bundle/view.css" is not the file the manifest declares');
  });
});

/** A ZIP of exactly these entries, with a signing block of the pairs `pairs` gives for its digest. */
function withBlock(entries: Map<string, Uint8Array>, pairs: (digest: Uint8Array) => [BlockId, Uint8Array][]): Uint8Array {
  const zip = writeZip(entries);
  const layout = containerLayout(zip);
  return insertSigningBlock(zip, layout, encodeSigningBlock(new Map(pairs(packageDigest(zip, layout, layout.centralOffset)))));
}

/** A package of exactly these entries (no manifest unless given), digested and signed by the trusted key. */
function rawPackage(entries: Map<string, Uint8Array>): Uint8Array {
  return withBlock(entries, (digest) => [
    [BlockId.Digest, digest],
    [BlockId.Signature, signDigest(digest, signer.privateKey)],
    [BlockId.PublicKey, rawPublicKey(signer.publicKey)],
  ]);
}

describe('installing and launching', () => {
  it('pack → check → install → launch: each page at its address, the subpackage evaluated only when first opened', async () => {
    const cacheDir = freshCache();
    const { bytes } = packProject(shop, { key: signer.privateKey, version: { code: 1, name: '1.0.0' } });
    const installed = await installPackage(bytes, { cacheDir, trust });
    expect(installed.manifest.version).toEqual({ code: 1, name: '1.0.0' });

    const home = await start(installed, 'platform://miniapp/wxshoptemplate01/pages/home/home?from=qr');
    expect(home.mini.pages).toEqual(['pages/home/home']);
    expect(home.text('.van-cell__title')).toContain('Green tea');
    expect(home.mini.performanceEntries().some((e) => e.name === 'evaluateScript' && (e as { moduleName?: string }).moduleName?.startsWith('logic-'))).toBe(false);
    home.mini.navigateTo('/account/pages/orders/orders');
    await home.mini.settled();
    expect(home.mini.pages).toEqual(['pages/home/home', 'account/pages/orders/orders']);
    expect(home.mini.performanceEntries().some((e) => e.name === 'evaluateScript' && (e as { moduleName?: string }).moduleName === 'logic-1.js')).toBe(true);
    expect(home.errors).toEqual([]);
    await home.close();

    const orders = await start(cachedApp('platform://miniapp/WXSHOPTEMPLATE01;version=1.0.0/account/pages/orders/orders', cacheDir), 'platform://miniapp/wxshoptemplate01/account/pages/orders/orders');
    expect(orders.mini.pages).toEqual(['account/pages/orders/orders']);
    expect(orders.errors).toEqual([]);
    await orders.close();
  });

  it('refuses an address of another app or version', async () => {
    const cacheDir = freshCache();
    const installed = await installPackage(packProject(shop).bytes, { cacheDir });
    expect(() => launchInstalled(installed, { container: null as unknown as Element, address: 'platform://miniapp/other/pages/home/home' })).toThrow('names the app "other"');
    expect(() => launchInstalled(installed, { container: null as unknown as Element, address: 'platform://miniapp/wxshoptemplate01;version=9.9/pages/home/home' })).toThrow(
      'names version 9.9 of "wxshoptemplate01"; this is version 1.0.0',
    );
    expect(() => cachedApp('platform://miniapp/nothere/pages/a', cacheDir)).toThrow('the app "nothere" is not in the cache');
  });

  it('keeps launching the version installed before when a new package is refused', async () => {
    const cacheDir = freshCache();
    await installPackage(packProject(shop, { key: signer.privateKey, version: { code: 1, name: '1.0.0' } }).bytes, { cacheDir, trust });
    const v2 = packProject(shop, { key: signer.privateKey, version: { code: 2, name: '2.0.0' } }).bytes;
    const tampered = v2.slice();
    tampered[300] ^= 1;
    const unsigned = packProject(shop, { version: { code: 2, name: '2.0.0' } }).bytes;
    const undeclared = repacked((m) => {
      m.version = { code: 2, name: '2.0.0' };
      delete m.files['bundle/logic.js.map'];
    });
    for (const [bad, reason] of [
      [tampered, 'digest does not match'],
      [v2.slice(0, v2.length - 100), 'truncated'],
      [unsigned, 'not signed'],
      [undeclared, 'does not declare'],
    ] as const) {
      await expect(installPackage(bad, { cacheDir, trust })).rejects.toThrow(reason);
      const current = cachedApp('platform://miniapp/wxshoptemplate01', cacheDir);
      expect(current.manifest.version.name).toBe('1.0.0');
      const t = await start(current, 'platform://miniapp/wxshoptemplate01/pages/cart/cart');
      expect(t.mini.pages).toEqual(['pages/cart/cart']);
      expect(t.errors).toEqual([]);
      await t.close();
    }
    // Nothing half-unpacked was left behind.
    expect(readdirSync(join(cacheDir, 'wxshoptemplate01')).filter((n) => n.startsWith('.'))).toEqual([]);
    // And a good new version becomes the current one.
    await installPackage(v2, { cacheDir, trust });
    expect(cachedApp('platform://miniapp/wxshoptemplate01', cacheDir).manifest.version.name).toBe('2.0.0');
    expect(cachedApp('platform://miniapp/wxshoptemplate01;version=1.0.0', cacheDir).manifest.version.name).toBe('1.0.0');
  });

  it('refuses a cached copy changed on disk', async () => {
    const cacheDir = freshCache();
    const installed = await installPackage(packProject(shop).bytes, { cacheDir });
    writeFileSync(join(installed.dir, 'bundle', 'logic.js'), 'globalThis.evil = 1;');
    expect(() => cachedApp('platform://miniapp/wxshoptemplate01', cacheDir)).toThrow('is damaged: "bundle/logic.js" was changed');
  });

  describe('from a URL, through the host', () => {
    let server: Server;
    let base = '';
    const pkg = () => packProject(shop, { key: signer.privateKey }).bytes;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/shop.ma') res.writeHead(200, { 'content-type': 'application/miniapp-pkg+zip' }).end(pkg());
        else if (req.url === '/login') res.writeHead(200, { 'content-type': 'text/html' }).end('<form>');
        else if (req.url === '/endless') {
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          const chunk = Buffer.alloc(64 * 1024);
          let sent = 0;
          const write = () => {
            while (sent < 8 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
            if (sent < 8 * 1024 * 1024) res.once('drain', write);
            else res.end();
          };
          write();
        } else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('installs a package served over HTTP', async () => {
      const installed = await installPackage(`${base}/shop.ma`, { cacheDir: freshCache(), trust });
      expect(installed.appId).toBe('wxshoptemplate01');
    });

    it('fetches with the host\'s own fetch', async () => {
      const asked: string[] = [];
      const installed = await installPackage('https://packages.example/shop.ma', {
        cacheDir: freshCache(),
        trust,
        fetch: async (url) => {
          asked.push(url);
          return new Response(Buffer.from(pkg()), { headers: { 'content-type': 'application/miniapp-pkg+zip' } });
        },
      });
      expect(asked).toEqual(['https://packages.example/shop.ma']);
      expect(installed.manifest.pages[0]).toBe('pages/home/home');
    });

    it.each([
      ['/missing.ma', 'HTTP 404'],
      ['/login', 'answered with text/html, not a package'],
    ])('refuses %s: %s', async (path, reason) => {
      await expect(installPackage(`${base}${path}`, { cacheDir: freshCache() })).rejects.toThrow(reason);
    });

    it('stops reading a download past the size limit', async () => {
      await expect(installPackage(`${base}/endless`, { cacheDir: freshCache(), limits: { packageBytes: 1024 * 1024 } })).rejects.toThrow('over the limit of 1048576 bytes');
    });

    it('refuses a missing file', async () => {
      const missing = join(work, 'none.ma');
      expect(existsSync(missing)).toBe(false);
      await expect(installPackage(missing, { cacheDir: freshCache() })).rejects.toThrow(`cannot read the package ${missing}: no such file`);
    });
  });
});
