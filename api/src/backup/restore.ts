/**
 * npm run restore -w @award/api -- --from <backup> --database <url> --files <dir> [--pg-bin <dir>]
 * Restores a backup into an empty database and an empty folder and checks the copy against the
 * backup's manifest. See api/BACKUP.md.
 */
import { resolve } from 'node:path';
import { runCommand } from './command-line.js';
import { withoutPassword } from './pg-tools.js';
import { describeRestore } from './report.js';
import { restoreBackup } from './restore-backup.js';

await runCommand(
  'npm run restore -w @award/api -- --from <backup> --database <url> --files <dir> [--pg-bin <dir>]',
  {
    from: { type: 'string' },
    database: { type: 'string' },
    files: { type: 'string' },
    'pg-bin': { type: 'string' },
  },
  ['pg-bin'],
  async (options) => {
    const from = resolve(options.from);
    const filesDir = resolve(options.files);
    const report = await restoreBackup({
      from,
      databaseUrl: options.database,
      filesDir,
      pgBin: options['pg-bin'],
    });
    const lines = describeRestore(report, from, `${withoutPassword(options.database)} and ${filesDir}`);
    for (const line of lines) console.log(line);
    return report.problems.length === 0;
  },
);
