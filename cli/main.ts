// The `miniapp` command line.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { build } from './build.js';
import { dev } from './dev.js';
import { doctor } from './doctor.js';
import { DEFAULT_TEMPLATE, init, listTemplates } from './init.js';
import { DEFAULT_DEVICE, DEVICES, type DeviceName } from '../runtime/host/devices.js';
import { profile } from './profile.js';
import { pack } from './pack.js';
import { qrcode } from './qrcode.js';
import { run, runSteps } from './run.js';

await yargs(hideBin(process.argv))
  .scriptName('miniapp')
  .command(
    'build <project>',
    'Compile a mini-program into a bundle (manifest.json, logic.js, view.css)',
    (y) =>
      y
        .positional('project', { type: 'string', demandOption: true, describe: 'the project directory (with app.json), or a component (path without extension)' })
        .option('out', { type: 'string', describe: 'the bundle directory [default: <project>/dist]' })
        .option('tag', { type: 'string', describe: 'a component built alone: the tag it renders as' })
        .option('typecheck', { type: 'boolean', default: false, describe: 'type-check the project\'s TypeScript against WeChat\'s typings (type errors: exit code 1)' })
        .option('strict', { type: 'boolean', default: false, describe: 'make errors of the warnings WeChat\'s tools let through (undeclared tags, duplicate attributes, missing templates and imports)' }),
    (argv) => {
      process.exitCode = build({ project: argv.project, out: argv.out, tag: argv.tag, typecheck: argv.typecheck, strict: argv.strict });
    },
  )
  .command(
    'run <project>',
    'Run a mini-program headless and print its page',
    (y) =>
      y
        .positional('project', {
          type: 'string',
          demandOption: true,
          describe: 'the project directory (with app.json or a W3C manifest.json), a component (path without extension), a package (.ma file or URL), or the address of an app installed before',
        })
        .option('page', { type: 'string', describe: 'the page to open, as path?query [default: the entry page]' })
        .option('uri', { type: 'string', describe: 'open the page at this address, as a scanned QR code does: <scheme>://miniapp/<app-id>/<page>?<query>' })
        .option('scene', { type: 'number', describe: 'the launch scene (wx.getLaunchOptionsSync().scene) [default: 1011, a QR code, with --uri; else 1001]' })
        .option('trust', { type: 'string', array: true, default: [] as string[], describe: 'a PEM public key (Ed25519): a package must be signed by it (repeatable)' })
        .option('tap', { type: 'string', array: true, default: [] as string[], describe: 'tap the element matching this CSS selector (repeatable, in order)' })
        .option('navigate', { type: 'string', array: true, default: [] as string[], describe: 'go to a page as wx.navigateTo does (a tab page: wx.switchTab; "back" or "back:N": wx.navigateBack), in order with the taps' })
        .option('format', { choices: ['html', 'wxml'] as const, default: 'html' as const, describe: 'print the DOM (html) or the WXML tree (wxml)' })
        .option('device', { choices: Object.keys(DEVICES) as DeviceName[], default: DEFAULT_DEVICE, describe: 'the simulated device' })
        .option('width', { type: 'number', describe: 'screen width in px, overriding the device\'s' })
        .option('theme', { choices: ['light', 'dark'] as const, default: 'light' as const, describe: 'the system theme (an app with app.json\'s darkmode follows it)' })
        .option('timeout', { type: 'number', default: 10000, describe: 'how long to wait for the app to settle, in ms' })
        .option('timers', { type: 'number', default: 2000, describe: 'settling waits for the timers due within this many ms' })
        .option('props', { type: 'string', describe: 'a component run alone: its property values, as a JSON object' })
        .option('tag', { type: 'string', describe: 'a component run alone: the tag it renders as [default: the one its library uses]' })
        .option('grant', { type: 'string', array: true, default: [] as string[], describe: 'grant a scope without asking (repeatable; "privacy" agrees to the privacy terms)' })
        .option('deny', { type: 'string', array: true, default: [] as string[], describe: 'deny a scope without asking (repeatable; "privacy" disagrees)' })
        .option('data-dir', { type: 'string', describe: 'where storage, permission answers and installed packages are kept [default: a temporary directory]' })
        .option('domain', { type: 'string', array: true, default: [] as string[], describe: 'an origin wx.request may reach (repeatable)' }),
    async (argv) => {
      process.exitCode = await run({
        project: argv.project,
        page: argv.page,
        uri: argv.uri,
        scene: argv.scene,
        trust: argv.trust.map(String),
        steps: runSteps(hideBin(process.argv)),
        format: argv.format,
        device: argv.device,
        width: argv.width,
        theme: argv.theme,
        timeout: argv.timeout,
        timers: argv.timers,
        props: argv.props,
        tag: argv.tag,
        grant: argv.grant.map(String),
        deny: argv.deny.map(String),
        dataDir: argv.dataDir,
        domain: argv.domain.map(String),
      });
    },
  )
  .command(
    'doctor <project>',
    'Report what a WeChat project uses that miniapp does not support yet, with each place',
    (y) =>
      y
        .positional('project', { type: 'string', demandOption: true, describe: 'the project directory (with app.json, or project.config.json naming its miniprogramRoot)' })
        .option('all', { type: 'boolean', default: false, describe: 'list every place, not only the first of each API, tag or field' })
        .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON' }),
    (argv) => {
      process.exitCode = doctor({ project: argv.project, all: argv.all, json: argv.json });
    },
  )
  .command(
    'init <dir>',
    'Create a mini-program project from a template',
    (y) =>
      y
        .positional('dir', { type: 'string', demandOption: true, describe: 'a new or empty directory' })
        .option('template', { type: 'string', default: DEFAULT_TEMPLATE, describe: `the template: ${listTemplates().map((t) => t.name).join(', ')}` })
        .option('appid', { type: 'string', describe: 'the app id for project.config.json [default: touristappid, a test id]' }),
    (argv) => {
      process.exitCode = init({ dir: argv.dir, template: argv.template, appid: argv.appid });
    },
  )
  .command(
    'profile <project>',
    'Cold-start a mini-program headless N times and print its startup phases and the memory of an idle instance',
    (y) =>
      y
        .positional('project', { type: 'string', demandOption: true, describe: 'the project directory (with app.json, or project.config.json naming its miniprogramRoot)' })
        .option('runs', { type: 'number', default: 10, describe: 'how many cold starts' })
        .option('trace', { type: 'string', describe: 'write the runs as Chrome trace-event JSON to this file' })
        .option('budget', { type: 'number', describe: 'exit 1 when the median firstRender is over this many ms' })
        .option('timeout', { type: 'number', default: 10000, describe: 'how long one start may take, in ms' })
        .option('memory', { type: 'number', default: 5, describe: 'idle instances to launch side by side for the memory figures (0 skips them)' })
        .option('apps-per-worker', { type: 'number', default: 1, describe: 'measure the memory with this many apps sharing a worker thread (a WorkerPool), as a host running many mini-programs can' })
        .option('json', { type: 'boolean', default: false, describe: 'print the phases and the memory as one JSON object' }),
    async (argv) => {
      process.exitCode = await profile({ project: argv.project, runs: argv.runs, trace: argv.trace, budget: argv.budget, timeout: argv.timeout, memory: argv.memory, appsPerWorker: argv['apps-per-worker'], json: argv.json });
    },
  )
  .command(
    'dev <project>',
    'Serve the devtools (simulator and inspector) for a project on 127.0.0.1, rebuilding on every change',
    (y) =>
      y
        .positional('project', { type: 'string', demandOption: true, describe: 'the project directory (with app.json, or project.config.json naming its miniprogramRoot)' })
        .option('port', { type: 'number', default: 5170, describe: 'the port on 127.0.0.1 (0 takes a free one)' })
        .option('theme', { choices: ['light', 'dark'] as const, describe: 'the simulator\'s system theme at start [default: the last one chosen in its toolbar, else light]' }),
    async (argv) => {
      process.exitCode = await dev({ project: argv.project, port: argv.port, theme: argv.theme });
    },
  )
  .command(
    'pack <project>',
    'Pack a mini-program into one signed package file (.ma, W3C MiniApp Packaging)',
    (y) =>
      y
        .positional('project', { type: 'string', demandOption: true, describe: 'the project directory (with app.json or a W3C manifest.json)' })
        .option('out', { type: 'string', describe: 'the package file [default: <app-id>-<version>.ma in the current directory]' })
        .option('key', { type: 'string', describe: 'a PEM private key (Ed25519) to sign the package with' })
        .option('app-version', { type: 'string', describe: 'the version name [default: the manifest\'s, or 1.0.0]' })
        .option('version-code', { type: 'number', describe: 'the version code, a whole number that grows with each release [default: the manifest\'s, or 1]' }),
    (argv) => {
      process.exitCode = pack({ project: argv.project, out: argv.out, key: argv.key, versionName: argv.appVersion, versionCode: argv.versionCode });
    },
  )
  .command(
    'qrcode <address>',
    'Print the QR code of a mini-program address (and write it as PNG or SVG)',
    (y) =>
      y
        .positional('address', { type: 'string', demandOption: true, describe: 'the address: <scheme>://miniapp/<app-id>[;version=<v>]/<page>[?query] or https://<host>/miniapp/…' })
        .option('png', { type: 'string', describe: 'write the code as a PNG image to this file' })
        .option('svg', { type: 'string', describe: 'write the code as an SVG image to this file' })
        .option('error-correction', { choices: ['L', 'M', 'Q', 'H'] as const, default: 'M' as const, describe: 'how much of the code may be damaged and still read' }),
    async (argv) => {
      process.exitCode = await qrcode({ address: argv.address, png: argv.png, svg: argv.svg, errorCorrection: argv.errorCorrection });
    },
  )
  .demandCommand(1, 'name a command: init, build, run, doctor, dev, profile, pack or qrcode')
  .strict()
  .help()
  .parseAsync();
