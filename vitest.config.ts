import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
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
