/**
 * npm run backup -w @award/api -- --out <dir> [--pg-bin <dir>]
 * Backs up the database of DATABASE_URL and the file store of FILE_STORAGE_DIR into a dated folder
 * under <dir>. See api/BACKUP.md.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { runCommand } from './command-line.js';
import { createBackup } from './create-backup.js';
import { noDatabaseUrl } from './pg-tools.js';
import { describeBackup } from './report.js';

await runCommand(
  'npm run backup -w @award/api -- --out <dir> [--pg-bin <dir>]',
  { out: { type: 'string' }, 'pg-bin': { type: 'string' } },
  ['pg-bin'],
  async (options) => {
    const config = loadConfig();
    if (!config.databaseUrl) throw noDatabaseUrl(config.embeddedPostgres.port);
    const backup = await createBackup({
      databaseUrl: config.databaseUrl,
      fileStorageDir: config.fileStorageDir,
      outDir: resolve(options.out),
      pgBin: options['pg-bin'],
    });
    for (const line of describeBackup(backup, config.fileStorageDir)) console.log(line);
    return true;
  },
);
