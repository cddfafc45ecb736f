// `miniapp pack <project> [--out file.ma] [--key private-key]`: compiles the project and writes
// it as one package (W3C MiniApp Packaging), signed when a key is given.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { packProject } from '../launch/package/pack.js';
import { PackageError } from '../launch/package/package_error.js';
import { PACKAGE_EXTENSION, type PackageVersion } from '../spec/package.js';
import { compileOrReport } from './diagnostics.js';

export interface PackArgs {
  project: string;
  out?: string;
  /** A PEM file holding the Ed25519 private key to sign with. */
  key?: string;
  versionName?: string;
  versionCode?: number;
}

export function pack(args: PackArgs): number {
  const fail = (message: string) => {
    process.stderr.write(`miniapp: ${message}\n`);
    return 1;
  };
  if (args.key !== undefined && !existsSync(args.key)) return fail(`--key ${args.key}: no such file`);
  if (args.versionCode !== undefined && (!Number.isInteger(args.versionCode) || args.versionCode < 0)) return fail('--version-code must be a whole number ≥ 0');
  const compiled = compileOrReport(args.project);
  if (compiled === null) return 1;
  const base = compiled.info.version;
  const version: PackageVersion | undefined =
    args.versionName === undefined && args.versionCode === undefined
      ? undefined
      : { code: args.versionCode ?? base?.code ?? 1, name: args.versionName ?? base?.name ?? '1.0.0' };
  let packed;
  try {
    packed = packProject(compiled, { key: args.key === undefined ? undefined : readFileSync(args.key, 'utf8'), version });
  } catch (error) {
    if (error instanceof PackageError) return fail(error.message);
    throw error;
  }
  const { manifest } = packed;
  const out = args.out ?? `${manifest.app_id}-${manifest.version.name}${PACKAGE_EXTENSION}`;
  writeFileSync(out, packed.bytes);
  const files = Object.keys(manifest.files).length + 1;
  process.stderr.write(
    `miniapp: packed ${manifest.name} ${manifest.version.name} (${manifest.app_id}, version code ${manifest.version.code}): ${files} files, ${packed.bytes.length} bytes, ${args.key === undefined ? 'not signed' : 'signed'}, into ${out}\n`,
  );
  process.stdout.write(`sha256:${packed.digest}\n`);
  return 0;
}
