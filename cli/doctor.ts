// `miniapp doctor <project> [--all] [--json]`: what a WeChat project uses that miniapp does not
// support, or supports in part, before the user migrates it. The project is built (nothing is
// written) and whatever the build saw is reported, grouped and counted, with each place. A project
// that does not build is reported too, its errors as one more group: the exit code is 0 either way,
// and 1 only when there is no project to read.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildTarget, CompileError, compileProject } from '../compiler.js';
import { findings, type BuildOutcome, type Finding, type FindingGroup } from './doctor_findings.js';
import { buildProgress } from './progress.js';

export interface DoctorArgs {
  project: string;
  /** List every place, not only the first of each distinct item. */
  all?: boolean;
  /** Print the report as JSON (`DoctorReport`). */
  json?: boolean;
}

/** One distinct thing of a group (an API, a tag, a field, a diagnostic code) and where it is used. */
export interface ReportItem {
  name: string;
  count: number;
  /** The first place's note (for a diagnostic code: its first message). */
  note: string;
  places: { file: string; line: number; column: number; note: string }[];
}

/** What `--json` prints. */
export interface DoctorReport {
  /** The mini-program's folder (project.config.json's `miniprogramRoot` when it names one). */
  root: string;
  /** Whether the project builds as it is. */
  builds: boolean;
  groups: { id: FindingGroup['id']; title: string; count: number; items: ReportItem[] }[];
}

export function doctor(args: DoctorArgs): number {
  const full = resolve(args.project);
  if (!existsSync(full) || !statSync(full).isDirectory()) {
    process.stderr.write(`miniapp doctor: ${args.project} is not a folder: name a mini-program project (with app.json, or project.config.json naming its miniprogramRoot)\n`);
    return 1;
  }
  const target = buildTarget(full);
  if (target.kind !== 'app' || (!existsSync(join(target.root, 'app.json')) && !existsSync(join(target.root, 'manifest.json')))) {
    process.stderr.write(`miniapp doctor: no app.json in ${target.root}: name a mini-program project (with app.json, or project.config.json naming its miniprogramRoot)\n`);
    return 1;
  }

  const progress = buildProgress();
  let outcome: BuildOutcome;
  let builds = true;
  try {
    // The folder `miniapp build` writes to by default is output, not the project's code.
    const compiled = compileProject(full, { exclude: [join(full, 'dist')], progress: progress.report });
    outcome = { diagnostics: compiled.warnings, sources: compiled.sources, apiCalls: compiled.apiCalls };
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    outcome = { diagnostics: error.diagnostics, sources: error.sources };
    builds = false;
  } finally {
    progress.end();
  }

  const report: DoctorReport = {
    root: target.root,
    builds,
    groups: findings(outcome).map((g) => ({ id: g.id, title: g.title, count: g.findings.length, items: items(g.findings) })),
  };
  process.stdout.write(args.json === true ? `${JSON.stringify(report, null, 2)}\n` : text(report, args.all === true));
  return 0;
}

/** Findings by name, the most used first (then in the order of their first place). */
function items(list: Finding[]): ReportItem[] {
  const byName = new Map<string, ReportItem>();
  for (const f of list) {
    let item = byName.get(f.name);
    if (item === undefined) byName.set(f.name, (item = { name: f.name, count: 0, note: f.note, places: [] }));
    item.count++;
    item.places.push({ file: f.file, line: f.start.line, column: f.start.column, note: f.note });
  }
  return [...byName.values()].sort((a, b) => b.count - a.count);
}

/** The widest the place and name columns are padded to. */
const COLUMN_CAP = [56, 28];

/**
 * The readable report: each group with findings under a heading with its counts, then one line per
 * distinct item (`file:line:col  name ×count  note`, at its first place), or per place with `all`.
 */
function text(report: DoctorReport, all: boolean): string {
  const lines = [`miniapp doctor: ${report.root}`, report.builds ? 'The project builds.' : 'The project does not build as it is (its errors are listed below).', ''];
  for (const group of report.groups) {
    if (group.count === 0) continue;
    lines.push(`${group.title}: ${group.count} use(s) of ${group.items.length}`);
    const rows = all
      ? group.items.flatMap((item) => item.places.map((p) => [`${p.file}:${p.line}:${p.column}`, item.name, p.note]))
      : group.items.map((item) => [`${item.places[0].file}:${item.places[0].line}:${item.places[0].column}`, item.count > 1 ? `${item.name} ×${item.count}` : item.name, item.note]);
    // Columns line up, but a rare long place or name does not push every note far to the right.
    const width = [0, 1].map((i) => Math.min(COLUMN_CAP[i], Math.max(...rows.map((r) => r[i].length))));
    for (const [place, name, note] of rows) lines.push(`  ${place.padEnd(width[0])}  ${name.padEnd(width[1])}  ${note.replace(/\s*\n\s*/g, ' ')}`);
    lines.push('');
  }
  const shown = report.groups.filter((g) => g.count > 0);
  lines.push(
    shown.length === 0
      ? 'Nothing found: everything this project uses is supported.'
      : `${shown.map((g) => `${g.count} ${g.id}`).join(', ')}${all ? '' : ' (--all lists every place, --json is for machines)'}`,
  );
  return `${lines.join('\n')}\n`;
}
