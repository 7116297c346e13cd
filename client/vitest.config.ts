import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // A page in a real browser against a real API: slower than unit tests, but still bounded.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
