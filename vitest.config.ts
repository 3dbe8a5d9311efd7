import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of pure modules, then tests of built sites (a global setup builds them once, in order).
export default defineConfig({
  test: {
    sequence: { groupOrder: 0 },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/build-sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
