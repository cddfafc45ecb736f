// `miniapp dev <project> [--port N] [--theme light|dark]`: serves the devtools on 127.0.0.1 (a simulator running the
// project's latest build, beside the inspector), prints the address, and rebuilds on every change
// until stopped (Ctrl-C).
import { existsSync, statSync } from 'node:fs';
import { startDevServer } from '../devtools/server.js';
import type { Theme } from '../spec/bundle.js';

export interface DevArgs {
  project: string;
  port: number;
  /** The simulator's system theme at start (the page's last choice when not given). */
  theme?: Theme;
}

/** Starts the server; resolves with an exit code once it is stopped (or could not start). */
export async function dev(args: DevArgs): Promise<number> {
  if (!existsSync(args.project) || !statSync(args.project).isDirectory()) {
    process.stderr.write(`miniapp: ${args.project} is not a directory (give the project's folder, with app.json)\n`);
    return 1;
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
    process.stderr.write(`miniapp: --port must be a whole number from 0 to 65535 (0 takes a free one)\n`);
    return 1;
  }
  let server;
  try {
    server = await startDevServer({ project: args.project, port: args.port });
  } catch (error) {
    process.stderr.write(`miniapp: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const report = (build: typeof server.live.build) => {
    if (build.ok) {
      for (const warning of build.warnings) process.stderr.write(`${warning}\n`);
      process.stderr.write(`miniapp: build ${build.version} ready\n`);
    } else process.stderr.write(`miniapp: build ${build.version} failed:\n${build.error}\n`);
  };
  report(server.live.build);
  server.live.subscribe(report);
  // The page reads the theme to start with from its address.
  process.stdout.write(`miniapp devtools: ${server.url}${args.theme === undefined ? '' : `?theme=${args.theme}`}\n`);
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
