// The README's Node examples run as written and print what the README says.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readmeBlock } from './helpers/readme.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function runExample(code: string) {
  const file = `${root}/.readme-example.mjs`;
  writeFileSync(file, code);
  try {
    return spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
  } finally {
    rmSync(file, { force: true });
  }
}

describe('README', () => {
  it('the Node embedding example runs and prints what it says', () => {
    const result = runExample(readmeBlock('### In Node', 'js'));
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('[log] demo launched at pages/index/index');
    expect(lines[1]).toBe('1');
    // The startup's phases as they were measured (onReady follows appLaunch's end, so it is not there yet).
    expect(lines[2]).toMatch(/^startRuntime \d+\.\d ms, evaluateFramework \d+\.\d ms, evaluateScript \d+\.\d ms, onLaunch \d+\.\d ms, onLoad \d+\.\d ms, firstRender \d+\.\d ms, appLaunch \d+\.\d ms/);
    expect(result.status).toBe(0);
  });

  it('the package example packs, checks, installs and opens the page its address names', () => {
    const result = runExample(readmeBlock('### From an address or a package', 'js'));
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'shop 1.2.0',
      'myhost://miniapp/wxshoptemplate01/pages/detail/detail?id=2',
      'app onLaunch',
      'detail onLoad 2',
      'pages/detail/detail',
    ]);
    expect(result.status).toBe(0);
  });

  it('the services example keeps storage and answers between runs, as it says', () => {
    const result = runExample(readmeBlock('### Lending services: storage, permissions, providers', 'js'));
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'asked for scope.userLocation: to find shops near you',
      'run 1: Visit 1 | 39.9087, 116.3975',
      'run 2: Visit 2 | 39.9087, 116.3975',
    ]);
    expect(result.status).toBe(0);
  });
});
