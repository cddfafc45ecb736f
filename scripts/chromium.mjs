// The browser the browser tests drive: Debian's Chromium through playwright-core, never a browser
// build downloaded for the purpose. `npm test` runs this after setup.mjs; `npm start`, `npm run dev`
// and `npm run build` do not need a browser and never run it.
//
// Which Chromium: the executable MINIAPP_CHROMIUM names, else Debian's /usr/bin/chromium. When
// MINIAPP_CHROMIUM is unset and /usr/bin/chromium is missing, Debian's package is installed
// (apt-get update, then apt-get install -y chromium) if this runs as root with apt-get; under CI
// (CI=true) also through passwordless sudo, as CI runners often are not root. Without a browser the
// browser tests are skipped and this prints why, in the line the tests print too; under CI it
// fails instead, so a green CI has run every browser test.
//
// The tests decide for themselves (tests/helpers/chromium.ts): the same lookup, and the
// executable's existence is the final word. Uses only Node's own modules.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's Chromium, from `apt-get install chromium`. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The commands that install Debian's Chromium: the package lists first, then the package (run with DEBIAN_FRONTEND=noninteractive). */
const APT_COMMANDS = [
  ['apt-get', 'update'],
  ['apt-get', 'install', '-y', 'chromium'],
];

/** Whether `path` is a file this process may execute. */
export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first `name` on PATH, or undefined. */
export function onPath(name, env = process.env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Whether the environment says this is CI (CI=true or CI=1, as CI services set it). */
export function isCI(env = process.env) {
  return env.CI === 'true' || env.CI === '1';
}

/**
 * The line that says why the browser tests are skipped and how to have them run.
 * @param {string} reason
 */
export function skipLine(reason) {
  return `browser tests skipped: ${reason}`;
}

/**
 * Where the browser is, or what to do to have one. Every fact about the machine comes in `facts`,
 * so the decision is tested without installing or removing anything:
 * - `env`: MINIAPP_CHROMIUM, CI;
 * - `executable(path)`: whether a file is there to run;
 * - `uid`: the user id (0 is root; undefined where there are no user ids);
 * - `aptGet`: whether apt-get is on PATH;
 * - `sudo()`: whether passwordless sudo works (asked only under CI, when not root).
 */
export function planChromium({ env = process.env, executable = isExecutable, uid = process.getuid?.(), aptGet = onPath('apt-get', env) !== undefined, sudo = passwordlessSudo } = {}) {
  const named = env.MINIAPP_CHROMIUM;
  if (named !== undefined && named !== '') {
    if (executable(named)) return { action: 'use', path: named, source: 'MINIAPP_CHROMIUM' };
    // The user chose this browser: installing another one would not be what they asked for.
    return { action: 'skip', reason: `MINIAPP_CHROMIUM names ${named}, which is not an executable; point it at a Chromium, or unset it to use Debian's (${DEBIAN_CHROMIUM})` };
  }
  if (executable(DEBIAN_CHROMIUM)) return { action: 'use', path: DEBIAN_CHROMIUM, source: 'debian' };
  if (!aptGet) {
    return { action: 'skip', reason: `no Chromium at ${DEBIAN_CHROMIUM} and no apt-get to install it; install Chromium and set MINIAPP_CHROMIUM to its executable` };
  }
  if (uid === 0) return { action: 'install', path: DEBIAN_CHROMIUM, commands: APT_COMMANDS };
  if (isCI(env) && sudo()) return { action: 'install', path: DEBIAN_CHROMIUM, commands: APT_COMMANDS.map((command) => ['sudo', '-n', 'DEBIAN_FRONTEND=noninteractive', ...command]) };
  return { action: 'skip', reason: `no Chromium at ${DEBIAN_CHROMIUM} and not root to apt-get install it; install Debian's chromium (apt-get install chromium) or set MINIAPP_CHROMIUM` };
}

/** Whether sudo runs a command without asking for a password. */
function passwordlessSudo() {
  if (onPath('sudo') === undefined) return false;
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

/** Runs an install command where the user sees its output; answers undefined when it succeeded, else why not. */
function runCommand([program, ...args]) {
  const result = spawnSync(program, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error !== undefined) return result.error.message;
  return result.status === 0 ? undefined : `exit code ${result.status ?? result.signal}`;
}

/**
 * Carries out the plan: runs the install commands, printing each, then looks again. Returns the
 * Chromium found, or the reason there is none. `log` prints a line; `run` runs a command and
 * answers undefined when it succeeded, else why not (the tests give both).
 */
export function setupChromium(facts = {}, { log = (line) => console.error(`miniapp: ${line}`), run = runCommand } = {}) {
  const plan = planChromium(facts);
  if (plan.action !== 'install') return plan;
  log(`no Chromium at ${plan.path}: installing Debian's chromium for the browser tests`);
  for (const command of plan.commands) {
    log(`$ ${command.join(' ')}`);
    const failure = run(command);
    if (failure !== undefined) {
      return { action: 'skip', reason: `no Chromium at ${plan.path} and \`${command.join(' ')}\` failed (${failure}); install Debian's chromium or set MINIAPP_CHROMIUM` };
    }
  }
  const executable = facts.executable ?? isExecutable;
  if (executable(plan.path)) return { action: 'use', path: plan.path, source: 'debian' };
  return { action: 'skip', reason: `apt-get installed chromium but ${plan.path} is still missing; set MINIAPP_CHROMIUM to its executable` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outcome = setupChromium();
  if (outcome.action === 'use') {
    console.error(`miniapp: the browser tests drive ${outcome.path}${outcome.source === 'MINIAPP_CHROMIUM' ? ' (MINIAPP_CHROMIUM)' : ''}`);
  } else if (isCI()) {
    console.error(`miniapp: no browser under CI, where every browser test must run: ${outcome.reason}`);
    process.exit(1);
  } else {
    console.error(`miniapp: ${skipLine(outcome.reason)}`);
  }
}
