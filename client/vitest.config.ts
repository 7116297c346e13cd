import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // The files share one API and its data, and some change it (a withdrawal, a new password): one at a
    // time, each checks the pages against what the API says at that moment.
    fileParallelism: false,
    // A page in a real browser against a real API: slower than unit tests, but still bounded.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
