import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countRows, someUserObjects, totalRows } from '../src/backup/database-contents.js';
import type { BackupManifest } from '../src/backup/manifest.js';
import { connect, findPgTool, serverVersion } from '../src/backup/pg-tools.js';
import { restoreBackup } from '../src/backup/restore-backup.js';
import { createDatabase, dropDatabase, uniqueDatabaseName } from './databases.js';
import { afterThisFile } from './file-cleanup.js';
import { isMissingOnThisMachine } from './missing-on-this-machine.js';
import { openFilingWindows, startDraft } from './nomination-fixtures.js';
import { downloadedSha256, PNG, pdf, type UploadedFile, uploadFile } from './nomination-uploads.js';
import { scorableAssignments, scoreAndSubmit } from './scoring-fixtures.js';
import { connectTestApi, type GraphQLResponse, startTestApi, type TestApi } from './test-api.js';

/** Why no backup can be taken of this server here: no pg_dump or pg_restore of its major version. */
async function missingPgTools(serverUrl: string): Promise<string | undefined> {
  const client = await connect(serverUrl);
  try {
    const { major } = await serverVersion(client);
    await findPgTool('pg_dump', major);
    await findPgTool('pg_restore', major);
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  } finally {
    await client.end();
  }
}

const skipReason = isMissingOnThisMachine(
  'backup-restore.test.ts',
  await missingPgTools(inject('postgresAdminUrl')),
);

const apiRoot = resolve(import.meta.dirname, '..');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run backup` or `npm run restore`'s script as an operator would, with this process's Node. */
function runScript(script: 'backup' | 'restore', args: string[], env: Record<string, string> = {}) {
  return new Promise<CommandRun>((done) => {
    execFile(
      process.execPath,
      [tsxCli, `src/backup/${script}.ts`, ...args],
      { cwd: apiRoot, env: { ...process.env, ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const AWARD_RECORD = `query ($after: String) { nominations(first: 50, after: $after) {
  pageInfo { hasNextPage endCursor }
  edges { node { id code status version projectName submittedAt updatedAt
    files { id fileName mediaType purpose evidenceKind sizeBytes sha256 uploadedAt }
    assignments { id status stage scoreSheet { id status version total recommendedGrade overallOpinion submittedAt
      scores { criterion { id } level points comment } } } } } } }`;

interface Sheet {
  id: string;
  status: string;
  total: number | null;
  scores: unknown[];
}
interface RecordedNomination {
  id: string;
  files: { id: string; sha256: string }[];
  assignments: { id: string; scoreSheet: Sheet | null }[];
}
interface NominationPage {
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: { node: RecordedNomination }[];
}
interface AwardRecord {
  nominations: RecordedNomination[];
  /** The SHA-256 of each file's downloaded bytes, null for the demo's files that have none. */
  downloads: Record<string, string | null>;
}

/** Every nomination with its files, reviews and sheets as the secretariat reads them, and every file's bytes. */
async function awardRecord(api: TestApi, token: string): Promise<AwardRecord> {
  const nominations: RecordedNomination[] = [];
  let after: string | null = null;
  do {
    const page: GraphQLResponse<{ nominations: NominationPage }> = await api.graphql(
      AWARD_RECORD,
      { after },
      token,
    );
    if (!page.data) throw new Error(JSON.stringify(page.errors));
    const { edges, pageInfo } = page.data.nominations;
    nominations.push(...edges.map((edge) => edge.node));
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (after);
  const fileIds = nominations.flatMap((nomination) => nomination.files.map((file) => file.id));
  const downloads: AwardRecord['downloads'] = {};
  // A few downloads at a time, as a browser would: the demo cycle lists hundreds of files.
  for (let start = 0; start < fileIds.length; start += 8)
    await Promise.all(
      fileIds.slice(start, start + 8).map(async (id) => {
        downloads[id] = await downloadedSha256(api, token, id);
      }),
    );
  return { nominations, downloads };
}

const sheetsOf = (record: AwardRecord) =>
  record.nominations.flatMap((nomination) =>
    nomination.assignments.flatMap((assignment) => (assignment.scoreSheet ? [assignment.scoreSheet] : [])),
  );

/** Issue 9, data safety: a backup of the database and the file store, restored whole. */
describe('backing up and restoring the award record', () => {
  const adminUrl = inject('postgresAdminUrl');
  let api: TestApi;
  let db: pg.Client;
  let workDir: string;
  let storeDir: string;
  const uploaded: UploadedFile[] = [];
  const submitted = new Map<string, number>();
  let original: AwardRecord;
  let originalCounts: Record<string, number>;
  let backup: CommandRun;
  let backupFolder: string;

  /** A new empty database on the test server, dropped after the file. */
  const emptyDatabase = async () => {
    const name = uniqueDatabaseName('award_restored');
    afterThisFile(() => dropDatabase(adminUrl, name));
    return createDatabase(adminUrl, name);
  };
  const restore = async (from: string, databaseUrl: string, filesDir: string) =>
    runScript('restore', ['--from', from, '--database', databaseUrl, '--files', filesDir]);

  beforeAll(async () => {
    if (skipReason) return;
    workDir = await mkdtemp(join(tmpdir(), 'award-backup-test-'));
    afterThisFile(() => rm(workDir, { recursive: true, force: true }));
    storeDir = join(workDir, 'store');
    api = await startTestApi({ settings: { FILE_STORAGE_DIR: storeDir } });
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();

    // Two organizations' nominations, each with its stamped form, pledge and evidence (PDF and PNG).
    await openFilingWindows(db);
    for (const [email, projectName] of [
      ['nominator1@example.com', '备份演练：在线校准'],
      ['nominator2@example.com', '备份演练：智能检测'],
    ]) {
      const token = await api.login(email);
      const draft = await startDraft(api, db, token, { complete: true, projectName });
      const send = (purpose: string, bytes: Buffer, name: string, evidenceKind?: string) =>
        uploadFile(api, token, draft.id, { purpose, evidenceKind }, { bytes, name });
      uploaded.push(
        await send('STAMPED_FORM', pdf(), '提名书（盖章）.pdf'),
        await send('SIGNED_PLEDGE', pdf(), '承诺书.pdf'),
        await send('EVIDENCE', pdf(), '查新报告.pdf', 'NOVELTY_SEARCH'),
        await send('EVIDENCE', PNG, '用户报告.png', 'USER_REPORT'),
      );
    }
    // Submitted score sheets, each with its criterion scores and total.
    for (const assignment of await scorableAssignments(api, db, 4))
      submitted.set(assignment.id, await scoreAndSubmit(api, db, assignment));

    original = await awardRecord(api, await api.login('secretariat@example.com'));
    originalCounts = await countRows(db);
    backup = await runScript('backup', ['--out', join(workDir, 'backups')], {
      DATABASE_URL: api.databaseUrl,
      FILE_STORAGE_DIR: storeDir,
    });
    backupFolder = /^backup: (.+)$/m.exec(backup.stdout)?.[1] ?? '';
  });
  afterAll(() => db?.end());

  it.skipIf(skipReason)(
    'writes a dated folder: the dump, every stored file, and a manifest of rows and hashes',
    async () => {
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backupFolder).toMatch(/\/award-backup-\d{8}T\d{6}Z$/);
      const manifest: BackupManifest = JSON.parse(
        await readFile(join(backupFolder, 'manifest.json'), 'utf8'),
      );
      expect(manifest.database.rowCounts).toEqual(originalCounts);
      expect(manifest.database.dumpedWith).toMatch(/^pg_dump \(PostgreSQL\) /);
      const hashes = manifest.files.map((file) => [file.sha256, file.sizeBytes]);
      for (const file of uploaded) expect(hashes).toContainEqual([file.sha256, file.sizeBytes]);
      expect(manifest.files).toHaveLength(uploaded.length);
      expect(manifest.fileRecords).toMatchObject({ withBytes: uploaded.length, withOtherBytes: [] });
    },
  );

  it.skipIf(skipReason)(
    'restores it into an empty database and folder: every nomination, sheet and file found, hashes equal',
    async () => {
      const restoredUrl = await emptyDatabase();
      const restoredStore = join(workDir, 'restored-store');
      const run = await restore(backupFolder, restoredUrl, restoredStore);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('restore complete: every row count and every file hash equal');

      const restoredDb = await connect(restoredUrl);
      const restoredCounts = await countRows(restoredDb).finally(() => restoredDb.end());
      expect(restoredCounts).toEqual(originalCounts);

      const restoredApi = await connectTestApi(restoredUrl, undefined, { FILE_STORAGE_DIR: restoredStore });
      afterThisFile(() => restoredApi.close());
      const restored = await awardRecord(restoredApi, await restoredApi.login('secretariat@example.com'));
      expect(restored).toEqual(original);
      // Not only equal, but holding what was put in: the uploads' bytes and the submitted sheets.
      for (const file of uploaded) expect(restored.downloads[file.id]).toBe(file.sha256);
      const sheetOf = new Map(
        restored.nominations.flatMap((n) => n.assignments).map((a) => [a.id, a.scoreSheet]),
      );
      for (const [assignmentId, total] of submitted)
        expect(sheetOf.get(assignmentId)).toMatchObject({ status: 'SUBMITTED', total });
      const chain = await restoredApi.graphql<{ auditChainCheck: { isIntact: boolean } }>(
        '{ auditChainCheck { isIntact checkedCount } }',
        {},
        await restoredApi.login('secretariat@example.com'),
      );
      expect(chain.data?.auditChainCheck.isIntact).toBe(true);

      const stored = Object.keys(original.downloads).filter((id) => original.downloads[id] !== null);
      const equal = stored.filter((id) => restored.downloads[id] === original.downloads[id]);
      console.log(
        `backup-restore: injected ${uploaded.length} uploads, ${submitted.size} submitted sheets; ` +
          `${Object.keys(restoredCounts).length} tables, ${totalRows(restoredCounts)} rows, counts equal; ` +
          `${restored.nominations.length} nominations and ${sheetsOf(restored).length} sheets found; ` +
          `${stored.length} stored files, ${equal.length} hashes equal; lost ${stored.length - equal.length}`,
      );
    },
  );

  it.skipIf(skipReason)('refuses a database or a folder that is not empty, and writes nothing', async () => {
    const intoOriginal = await restore(backupFolder, api.databaseUrl, join(workDir, 'unused-store'));
    expect(intoOriginal.code).toBe(1);
    expect(intoOriginal.stderr).toContain('is not empty');
    expect(intoOriginal.stderr).toContain('restored only into an empty database');
    expect(await countRows(db)).toEqual(originalCounts);

    const emptyUrl = await emptyDatabase();
    await expect(
      restoreBackup({ from: backupFolder, databaseUrl: emptyUrl, filesDir: storeDir }),
    ).rejects.toThrow(`The folder ${storeDir} is not empty`);
    const untouched = await connect(emptyUrl);
    expect(await someUserObjects(untouched).finally(() => untouched.end())).toEqual([]);
  });

  it.skipIf(skipReason)(
    'reports a restore whose bytes differ from the backup’s as incomplete, naming the file',
    async () => {
      const damaged = join(workDir, 'damaged-backup');
      await cp(backupFolder, damaged, { recursive: true });
      const manifest: BackupManifest = JSON.parse(await readFile(join(damaged, 'manifest.json'), 'utf8'));
      const victim = manifest.files[0].key;
      await writeFile(join(damaged, 'files', victim), pdf());

      const run = await restore(damaged, await emptyDatabase(), join(workDir, 'damaged-store'));
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('restore INCOMPLETE: 3 differences from the manifest');
      expect(run.stdout).toContain(`file ${victim}: `);
      expect(run.stdout).toMatch(/file records with their bytes: \d+, expected \d+/);
    },
  );
});
