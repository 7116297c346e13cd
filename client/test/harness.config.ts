// The browser test's settings, read from the environment once, here.
export const harnessConfig = {
  /**
   * Base URL of an API that is already running. Unset: the harness starts one itself with
   * `npm run start:test -w @award/api` (a freshly migrated and seeded database) and stops it afterwards.
   */
  externalApiUrl: process.env.E2E_API_URL || undefined,
  /**
   * Which Chromium drives the tests: `CHROMIUM_PATH` when set; else Debian's `/usr/bin/chromium` when it is
   * installed; else the one inside the `@sparticuz/chromium` package, so `npm install` is the whole set-up.
   * `E2E_BROWSER=npm` takes the npm one even where Debian's is installed (CI runs a file so, that it cannot rot).
   */
  chromiumPath: process.env.CHROMIUM_PATH || undefined,
  systemChromiumPath: '/usr/bin/chromium',
  npmBrowser: process.env.E2E_BROWSER === 'npm',
};
