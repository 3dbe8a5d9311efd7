import { defineConfig } from 'vitest/config';

// Three projects, run in order: fast unit tests of pure modules; tests of built sites (cheerio); the same builds
// served over HTTP and driven in headless Chromium. The global setup builds the sites once for both of the last two.
const buildSites = 'tests/support/build-sites.ts';
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
          globalSetup: [buildSites],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: [buildSites],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
