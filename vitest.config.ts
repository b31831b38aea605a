import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // Some unit tests start a CLI (tsx) or cut real polygons: on a busy 2-core machine 5 s is too tight.
          testTimeout: 30_000,
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // Real Chromium with software WebGL on 2 cores: one file at a time, generous timeouts.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // The map draws in software WebGL: give what a reader waits for time to appear.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
