// `miniapp build <project> [--out dir]`: compiles the project and writes the bundle.
import { resolve } from 'node:path';
import { CompileError, compileProject, writeBundle } from '../compiler/index.js';
import { printCompileError, printWarnings } from './diagnostics.js';
import { missingDeclarations, privilegedReport } from './privileged_apis.js';

export interface BuildArgs {
  project: string;
  out?: string;
  tag?: string;
}

export function build(args: BuildArgs): number {
  const out = resolve(args.out ?? `${args.project}/dist`);
  try {
    const { bundle, warnings, sources, apiCalls } = compileProject(args.project, { exclude: [out], tag: args.tag });
    printWarnings([...warnings, ...missingDeclarations(apiCalls, bundle.manifest)], sources);
    const report = privilegedReport(apiCalls);
    if (report.length > 0) process.stderr.write(`miniapp: privileged APIs called:\n${report.join('\n')}\n`);
    writeBundle(bundle, out);
    process.stderr.write(`miniapp: built ${bundle.manifest.pages.length} page(s) into ${out}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CompileError) {
      printCompileError(error);
      return 1;
    }
    throw error;
  }
}
