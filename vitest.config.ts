import { defineConfig } from 'vitest/config';

// Two suites: `default` needs nothing outside the project; `data` runs on the real
// exports in ../shared/data and skips cleanly where they are absent.
export default defineConfig({
  test: {
    projects: [
      // 30 s, not vitest's 5 s: property tests run hundreds of cases, and CI machines are
      // shared (two cores under a load of 10 made them time out while passing).
      { test: { name: 'default', include: ['test/**/*.test.ts'], exclude: ['test/data/**'], testTimeout: 30_000 } },
      { test: { name: 'data', include: ['test/data/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
