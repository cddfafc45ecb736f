import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run the compiler's TypeScript: the one-file build that the CLI and the rest import
  // (compiler.d.ts) is compiler/index.ts bundled.
  resolve: { alias: [{ find: /^((?:\.\.\/)+)compiler\.js$/, replacement: '$1compiler/index.ts' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    // Apps under test start worker threads of their own; separate processes keep suites apart.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
