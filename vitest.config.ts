import { defineConfig } from 'vitest/config';

// Two suites: `default` needs nothing outside the project; `data` runs on the real
// exports in ../shared/data and skips cleanly where they are absent.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'default', include: ['test/**/*.test.ts'], exclude: ['test/data/**'] } },
      { test: { name: 'data', include: ['test/data/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
