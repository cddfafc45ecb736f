// `miniapp init`: a project from each kind of template that builds and runs, named after its
// folder; a directory with something in it is left as it was; an unknown template lists the others.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { miniapp } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'miniapp-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('miniapp init', () => {
  it('creates a blank project by default, named after its folder, that runs', () => {
    const project = join(dir, 'hello');
    const created = miniapp('init', project);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`Created ${project} from the blank template.`);
    expect(created.stdout).toContain(`miniapp dev ${project}`);
    expect(json(join(project, 'project.config.json'))).toMatchObject({ appid: 'touristappid', projectname: 'hello', compileType: 'miniprogram' });

    const run = miniapp('run', project, '--tap', '#tap', '--tap', '#tap', '--page', 'pages/index/index?name=Ada');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Hello, Ada');
    expect(run.stdout).toContain('Tapped 2 times');
  });

  it('creates the shop with its npm dependencies named, and the given app id', () => {
    const project = join(dir, 'My Shop');
    const created = miniapp('init', project, '--template', 'shop', '--appid', 'wx0123456789abcdef');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`cd "${project}" && npm install`);
    expect(json(join(project, 'project.config.json'))).toMatchObject({ appid: 'wx0123456789abcdef', projectname: 'My Shop' });
    expect(json(join(project, 'package.json'))).toMatchObject({ name: 'my-shop', dependencies: { '@vant/weapp': expect.any(String) } });
    expect(existsSync(join(project, 'pages/cart/cart.ts'))).toBe(true);
    expect(existsSync(join(project, 'node_modules'))).toBe(false);

    // What `npm install` would bring, from this repository's own copy.
    mkdirSync(join(project, 'node_modules/@vant'), { recursive: true });
    symlinkSync(fileURLToPath(new URL('../../node_modules/@vant/weapp', import.meta.url)), join(project, 'node_modules/@vant/weapp'));
    const run = miniapp('run', project, '--format', 'wxml');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<van-cell');
    expect(run.stdout).toContain('Oolong');
  });

  it('leaves a directory that has something in it as it was', () => {
    const project = join(dir, 'taken');
    mkdirSync(project);
    writeFileSync(join(project, 'notes.txt'), 'mine');
    const refused = miniapp('init', project, '--template', 'demo');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('is not empty');
    expect(readFileSync(join(project, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(project, 'app.json'))).toBe(false);
  });

  it('names the templates there are when asked for one that is not', () => {
    const refused = miniapp('init', join(dir, 'nope'), '--template', 'shopp');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('no template "shopp"; there are:');
    for (const name of ['blank', 'demo', 'shop']) expect(refused.stderr).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });
});
