// `miniapp build <project> [--out dir] [--typecheck]`: compiles the project and writes the bundle;
// with --typecheck, the project's TypeScript is type-checked too (the bundle is written anyway, and
// type errors make the exit code 1).
import { resolve } from 'node:path';
import { CompileError, compileProject, typecheck, writeBundle } from '../compiler.js';
import { printCompileError, printWarnings } from './diagnostics.js';
import { buildProgress } from './progress.js';
import { missingDeclarations, privilegedReport } from './privileged_apis.js';

export interface BuildArgs {
  project: string;
  out?: string;
  tag?: string;
  typecheck?: boolean;
  /** Warnings that WeChat's tools let through are errors (exit code 1). */
  strict?: boolean;
}

export function build(args: BuildArgs): number {
  const out = resolve(args.out ?? `${args.project}/dist`);
  const progress = buildProgress();
  try {
    const { bundle, warnings, sources, apiCalls, typescript } = compileProject(args.project, { exclude: [out], tag: args.tag, progress: progress.report, strict: args.strict });
    progress.end();
    printWarnings([...warnings, ...missingDeclarations(apiCalls, bundle.manifest)], sources);
    const report = privilegedReport(apiCalls);
    if (report.length > 0) process.stderr.write(`miniapp: privileged APIs called:\n${report.join('\n')}\n`);
    writeBundle(bundle, out);
    process.stderr.write(`miniapp: built ${bundle.manifest.pages.length} page(s) into ${out}\n`);
    if (args.typecheck !== true) return 0;
    const typeErrors = typecheck(typescript.root, typescript.files);
    printWarnings(typeErrors, sources);
    process.stderr.write(`miniapp: ${typeErrors.length} type error(s) in ${typescript.files.length} TypeScript file(s)\n`);
    return typeErrors.length === 0 ? 0 : 1;
  } catch (error) {
    progress.end();
    if (error instanceof CompileError) {
      printCompileError(error);
      return 1;
    }
    throw error;
  }
}
