// `npm test`'s browser setup (scripts/chromium.mjs) decides, on machines described to it rather
// than this one: which Chromium the browser tests drive, when it installs Debian's package and
// with which commands, and, without a browser, the line that says why the browser tests are
// skipped. Nothing is installed or removed; the one run of the script uses a browser that is not
// there and a PATH without apt-get.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, planChromium, setupChromium, skipLine, type ChromiumFacts } from '../../scripts/chromium.mjs';

const script = fileURLToPath(new URL('../../scripts/chromium.mjs', import.meta.url));

/** A machine with the given executables, as root with apt-get unless told otherwise. */
function machine(executables: string[], facts: Omit<ChromiumFacts, 'executable'> = {}): ChromiumFacts {
  return {
    env: {},
    uid: 0,
    aptGet: true,
    sudo: () => {
      throw new Error('sudo is only asked about under CI, when not root');
    },
    ...facts,
    executable: (path) => executables.includes(path),
  };
}

describe('the browser setup', () => {
  it('uses Debian\'s Chromium when it is there', () => {
    expect(planChromium(machine([DEBIAN_CHROMIUM]))).toEqual({ action: 'use', path: DEBIAN_CHROMIUM, source: 'debian' });
  });

  it('uses the Chromium MINIAPP_CHROMIUM names before Debian\'s', () => {
    const plan = planChromium(machine(['/opt/chromium/chrome', DEBIAN_CHROMIUM], { env: { MINIAPP_CHROMIUM: '/opt/chromium/chrome' } }));
    expect(plan).toEqual({ action: 'use', path: '/opt/chromium/chrome', source: 'MINIAPP_CHROMIUM' });
  });

  it('as root with apt-get and no Chromium, installs Debian\'s package: the lists, then chromium', () => {
    expect(planChromium(machine([]))).toEqual({
      action: 'install',
      path: DEBIAN_CHROMIUM,
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium'],
      ],
    });
  });

  it('not root, skips the browser tests and says how to have them', () => {
    const plan = planChromium(machine([], { uid: 1000 }));
    expect(plan.action).toBe('skip');
    expect(plan.action === 'skip' && skipLine(plan.reason)).toBe(
      "browser tests skipped: no Chromium at /usr/bin/chromium and not root to apt-get install it; install Debian's chromium (apt-get install chromium) or set MINIAPP_CHROMIUM",
    );
  });

  it('without apt-get, skips them even as root', () => {
    const plan = planChromium(machine([], { aptGet: false }));
    expect(plan).toEqual({ action: 'skip', reason: expect.stringMatching(/^no Chromium at \/usr\/bin\/chromium and no apt-get to install it; .*MINIAPP_CHROMIUM/) });
  });

  it('a MINIAPP_CHROMIUM that names nothing skips them rather than installing another browser', () => {
    const plan = planChromium(machine([DEBIAN_CHROMIUM], { env: { MINIAPP_CHROMIUM: '/nonexistent' } }));
    expect(plan).toEqual({ action: 'skip', reason: expect.stringMatching(/^MINIAPP_CHROMIUM names \/nonexistent, which is not an executable/) });
  });

  it('under CI, not root, installs through passwordless sudo when there is one', () => {
    const withSudo = planChromium(machine([], { uid: 1000, env: { CI: 'true' }, sudo: () => true }));
    expect(withSudo.action === 'install' && withSudo.commands).toEqual([
      ['sudo', '-n', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update'],
      ['sudo', '-n', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'chromium'],
    ]);
    expect(planChromium(machine([], { uid: 1000, env: { CI: 'true' }, sudo: () => false })).action).toBe('skip');
  });

  it('carries out the install, printing each command, and uses the Chromium it installed', () => {
    const installed: string[] = [];
    const lines: string[] = [];
    const ran: string[][] = [];
    const outcome = setupChromium(
      { ...machine([]), executable: (path) => installed.includes(path) },
      {
        log: (line) => lines.push(line),
        run: (command) => {
          ran.push(command);
          if (command.includes('install')) installed.push(DEBIAN_CHROMIUM);
          return undefined;
        },
      },
    );
    expect(outcome).toEqual({ action: 'use', path: DEBIAN_CHROMIUM, source: 'debian' });
    expect(ran).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'chromium'],
    ]);
    expect(lines).toEqual([
      "no Chromium at /usr/bin/chromium: installing Debian's chromium for the browser tests",
      '$ apt-get update',
      '$ apt-get install -y chromium',
    ]);
  });

  it('an install that fails ends in a skip that names the failed command', () => {
    const outcome = setupChromium(machine([]), {
      log: () => {},
      run: (command) => (command.includes('install') ? 'exit code 100' : undefined),
    });
    expect(outcome).toEqual({ action: 'skip', reason: expect.stringContaining('`apt-get install -y chromium` failed (exit code 100)') });
  });
});

describe('scripts/chromium.mjs, run', () => {
  // A browser that is not there and a PATH without apt-get: the script can only skip, or fail under CI.
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: '/nonexistent', MINIAPP_CHROMIUM: '/nonexistent/chromium', ...env } });

  it('prints why the browser tests are skipped, and succeeds', () => {
    const result = run({});
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      "miniapp: browser tests skipped: MINIAPP_CHROMIUM names /nonexistent/chromium, which is not an executable; point it at a Chromium, or unset it to use Debian's (/usr/bin/chromium)\n",
    );
  });

  it('fails under CI, where every browser test must run', () => {
    const result = run({ CI: 'true' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^miniapp: no browser under CI, where every browser test must run: MINIAPP_CHROMIUM names \/nonexistent\/chromium/);
  });
});
