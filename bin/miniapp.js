#!/usr/bin/env node
// The `miniapp` command. The CLI is TypeScript, built into dist/ by `npm run build`.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('miniapp: not built yet; run `npm run build` (or `npm start`, which builds) first');
  process.exit(1);
}
await import(main.href);
