import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Vitest's default on a 2-core machine is one worker (cores - 1); most of this suite waits on
    // the CLI it spawns, so two files at a time use both cores (npm test: ~130 s -> see README).
    maxWorkers: 2,
    minWorkers: 1,
  },
});
