import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LaunchOptions } from 'playwright-core';

const require = createRequire(import.meta.url);

/**
 * Flags of @sparticuz/chromium's list that the tests must not take: they would hide what a person's browser
 * does (web security, site isolation), replace playwright's own feature lists (Chromium keeps the last
 * `--disable-features`), or crash the shared browser when a test file closes its context (`--single-process`).
 * Playwright sets headless mode itself.
 */
const refusedFlags = [
  '--headless',
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--disable-features',
  '--enable-features',
];

/**
 * The Chromium inside the @sparticuz/chromium package, for a machine without Debian's: unpacked to the
 * temporary folder once (the package's own cache), with the NSS libraries it ships beside it, so it needs
 * nothing from apt. It knows no font but Open Sans: fontconfig is pointed at Noto Sans SC too, so pages
 * and screenshots show Chinese.
 */
export async function npmChromium(ourArgs: string[]): Promise<LaunchOptions> {
  const { default: sparticuz, inflate } = await import('@sparticuz/chromium');
  const packageBin = join(dirname(require.resolve('@sparticuz/chromium')), '..', 'bin');
  const [executablePath, libraries, openSans] = await Promise.all([
    sparticuz.executablePath(),
    inflate(join(packageBin, 'al2023.tar.br')),
    inflate(join(packageBin, 'fonts.tar.br')),
  ]);
  const theirArgs = sparticuz.args.filter((arg) => !refusedFlags.some((flag) => arg.split('=')[0] === flag));
  const libraryPath = [join(libraries, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return {
    executablePath,
    args: [...new Set([...ourArgs, ...theirArgs])],
    env: {
      ...process.env,
      LD_LIBRARY_PATH: libraryPath,
      FONTCONFIG_FILE: fontConfig([openSans, notoSansSc()]),
    },
  };
}

function notoSansSc(): string {
  return dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
}

/** A fontconfig file naming only the given folders, kept in client/node_modules/.cache (written each run). */
function fontConfig(folders: string[]): string {
  const cache = fileURLToPath(new URL('../node_modules/.cache/npm-chromium/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const file = join(cache, 'fonts.conf');
  const dirs = folders.map((folder) => `  <dir>${folder}</dir>`).join('\n');
  const cacheDir = `  <cachedir>${join(cache, 'fontconfig')}</cachedir>`;
  // Written aside and renamed, so a second run starting at the same moment never reads half a file.
  const written = `${file}.${process.pid}`;
  writeFileSync(written, `<?xml version="1.0"?>\n<fontconfig>\n${dirs}\n${cacheDir}\n</fontconfig>\n`);
  renameSync(written, file);
  return file;
}
