// `miniapp pack` and `miniapp run <file.ma>`: a signed package made from a template, checked,
// installed and run at an address; a tampered, truncated or unsigned one refused, after which
// the app installed before still runs from its address. And W3C-manifest projects build and run.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../../compiler/index.js';
import { fixture, template } from '../helpers/app.js';
import { miniapp } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'miniapp-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const keys = generateKeyPairSync('ed25519');
const privatePem = join(dir, 'private.pem');
const publicPem = join(dir, 'public.pem');
const otherPem = join(dir, 'other.pem');
writeFileSync(privatePem, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
writeFileSync(publicPem, keys.publicKey.export({ type: 'spki', format: 'pem' }));
writeFileSync(otherPem, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));

describe('miniapp pack and run <file.ma>', () => {
  const demo = template('demo');
  const appid = compileProject(demo).bundle.manifest.appid;
  const signed = join(dir, 'demo.ma');
  const dataDir = join(dir, 'data');

  it('packs a template into a signed package and prints its digest', () => {
    const result = miniapp('pack', demo, '--out', signed, '--key', privatePem, '--app-version', '2.1.0', '--version-code', '21');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(result.stderr).toContain(`miniapp: packed demo 2.1.0 (${appid}, version code 21):`);
    expect(result.stderr).toContain(`signed, into ${signed}`);
    expect(readFileSync(signed).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
  });

  it('runs the package at an address with its query, checked against the trusted key', () => {
    const result = miniapp('run', signed, '--trust', publicPem, '--uri', `platform://miniapp/${appid};version=2.1.0/pages/index/index?count=4`, '--data-dir', dataDir, '--format', 'wxml');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`miniapp: installed demo 2.1.0 (${appid})`);
    expect(result.stdout).toContain('4 is plenty.');
  });

  it('refuses a package signed by a key it does not trust, or not signed when a key is trusted', () => {
    const other = miniapp('run', signed, '--trust', otherPem, '--data-dir', join(dir, 'other'));
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('miniapp: the package is signed by a key this host does not trust');
    const unsignedFile = join(dir, 'unsigned.ma');
    expect(miniapp('pack', demo, '--out', unsignedFile).status).toBe(0);
    const unsigned = miniapp('run', unsignedFile, '--trust', publicPem, '--data-dir', join(dir, 'other'));
    expect(unsigned.status).toBe(1);
    expect(unsigned.stderr).toContain('the package is not signed');
  });

  it.each([
    ['tampered', (b: Buffer) => (b[400] ^= 0xff, b), 'digest does not match its content'],
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 40), 'it is truncated'],
  ])('refuses a %s package; the app installed before still runs from its address', (_name, spoil, reason) => {
    const bad = join(dir, 'bad.ma');
    writeFileSync(bad, spoil(Buffer.from(readFileSync(signed))));
    const refused = miniapp('run', bad, '--trust', publicPem, '--data-dir', dataDir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(reason);
    const cached = miniapp('run', `platform://miniapp/${appid}/pages/index/index?count=1`, '--data-dir', dataDir, '--format', 'wxml');
    expect(cached.status).toBe(0);
    expect(cached.stdout).toContain('Keep going.');
  });

  it('opens a project at an address too, and refuses an address of another app', () => {
    const ok = miniapp('run', demo, '--uri', `platform://miniapp/${appid}/pages/index/index?count=3`, '--format', 'wxml');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('3 is plenty.');
    const other = miniapp('run', demo, '--uri', 'platform://miniapp/someone-else/pages/index/index');
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(`--uri names the app "someone-else"; the project is "${appid}"`);
    const bad = miniapp('run', demo, '--uri', 'platform://miniapp/x/pages/../y');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('the page path may not hold ".."');
  });

  it('says when an address names an app that is not installed', () => {
    const result = miniapp('run', 'platform://miniapp/not.installed/pages/a/a', '--data-dir', join(dir, 'empty'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the app "not.installed" is not in the cache: install its package first');
  });

  it('refuses a missing key file and a project that does not compile', () => {
    expect(miniapp('pack', demo, '--key', join(dir, 'none.pem')).stderr).toContain('--key');
    const broken = miniapp('pack', fixture('broken-wxml'), '--out', join(dir, 'x.ma'));
    expect(broken.status).toBe(1);
    expect(existsSync(join(dir, 'x.ma'))).toBe(false);
  });
});

describe('a W3C manifest.json project on the command line', () => {
  it('builds and runs', () => {
    const out = join(dir, 'w3c-bundle');
    const built = miniapp('build', fixture('w3c-manifest'), '--out', out);
    expect(built.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).appid).toBe('org.example.notes');
    const run = miniapp('run', fixture('w3c-manifest'), '--uri', 'notes://miniapp/org.example.notes/pages/detail/detail?id=12', '--format', 'wxml');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Note 12');
    expect(run.stderr).toContain('[log] notes launched at pages/detail/detail (scene 1011)');
  });
});
