// The browser test's settings, read from the environment once, here.
export const harnessConfig = {
  /**
   * Base URL of an API that is already running. Unset: the harness starts one itself with
   * `npm run start:test -w @award/api` (a freshly migrated and seeded database) and stops it afterwards.
   */
  externalApiUrl: process.env.E2E_API_URL || undefined,
  chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
};
