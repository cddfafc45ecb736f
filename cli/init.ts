// `miniapp init <dir> [--template name] [--appid id]`: a new project from one of templates/. It
// writes only into a new or empty directory, so nothing already there is overwritten.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The templates folder (the CLI runs from dist/cli/). */
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** What a project holds that is built or installed, not written: not copied. */
const NOT_COPIED = new Set(['dist', 'node_modules', 'miniprogram_npm']);

export const DEFAULT_TEMPLATE = 'blank';

export interface InitArgs {
  dir: string;
  template: string;
  /** project.config.json's appid; WeChat's `touristappid` (a test id) when none is given. */
  appid?: string;
}

export interface TemplateInfo {
  name: string;
  description: string;
}

function readJson(file: string): Record<string, unknown> {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The templates there are, with project.config.json's description of each. */
export function listTemplates(): TemplateInfo[] {
  return readdirSync(TEMPLATES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(TEMPLATES, entry.name, 'app.json')))
    .map((entry) => {
      const description = readJson(join(TEMPLATES, entry.name, 'project.config.json')).description;
      return { name: entry.name, description: typeof description === 'string' ? description : '' };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** An npm package name from a folder's name (lower case, no spaces). */
function packageName(dir: string): string {
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '');
  return name === '' ? 'miniprogram' : name;
}

export function init(args: InitArgs): number {
  const templates = listTemplates();
  const template = templates.find((t) => t.name === args.template);
  if (template === undefined) {
    process.stderr.write(`miniapp: no template "${args.template}"; there are:\n${templates.map((t) => `  ${t.name.padEnd(10)} ${t.description}`).join('\n')}\n`);
    return 1;
  }
  const dir = resolve(args.dir);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) {
      process.stderr.write(`miniapp: ${args.dir} is a file; name a new or empty directory\n`);
      return 1;
    }
    if (readdirSync(dir).length > 0) {
      process.stderr.write(`miniapp: ${args.dir} is not empty; init writes only into a new or empty directory, so nothing there is overwritten\n`);
      return 1;
    }
  }
  const source = join(TEMPLATES, template.name);
  mkdirSync(dir, { recursive: true });
  cpSync(source, dir, { recursive: true, filter: (file) => !NOT_COPIED.has(basename(file)) || file === source });

  // The project's own name and id; the template's description goes with it.
  const config = readJson(join(source, 'project.config.json'));
  writeFileSync(
    join(dir, 'project.config.json'),
    `${JSON.stringify({ ...config, appid: args.appid ?? 'touristappid', projectname: basename(dir), compileType: 'miniprogram' }, null, 2)}\n`,
  );
  const npm = existsSync(join(dir, 'package.json'));
  if (npm) {
    const pkg = readJson(join(dir, 'package.json'));
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ ...pkg, name: packageName(dir) }, null, 2)}\n`);
  }

  const shown = /\s/.test(args.dir) ? JSON.stringify(args.dir) : args.dir;
  const steps = [...(npm ? [`cd ${shown} && npm install   # its npm components`] : []), `miniapp dev ${shown}     # the simulator and inspector`, `miniapp run ${shown}     # the page, headless`];
  process.stdout.write(`Created ${shown} from the ${template.name} template.\n\nNext:\n${steps.map((s) => `  ${s}`).join('\n')}\n`);
  return 0;
}
