import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { startAuditChainer } from './audit/audit-chain.js';
import { SignInGuard } from './auth/sign-in-guard.js';
import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import { LocalFolderStorage } from './files/file-storage.js';
import { buildApiSchema } from './graphql/schema.js';
import { createEventBus } from './live/event-bus.js';
import { republishLiveSequences } from './live/live-catch-up.js';
import { LiveSnapshots } from './live/live-snapshots.js';
import { ResultsRefresher } from './live/results-refresher.js';
import { createLogger } from './logger.js';
import { startNotificationMailer } from './notifications/notification-mailer.js';
import { type RunningServer, startServer } from './server.js';

export interface App extends RunningServer {
  databaseUrl: string;
  orm: MikroORM;
  log: Logger;
}

/** Start-up in order: config → database → schema → http + ws. Tests and main.ts both start the API here. */
export async function startApp(config: Config): Promise<App> {
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config, log);
  const live = createEventBus(config.redisUrl, log, () =>
    republishLiveSequences(database.orm.em.fork(), live.bus),
  );
  try {
    const schema = await buildApiSchema(live.bus);
    const results = new ResultsRefresher(database.orm, live.bus, log);
    const server = await startServer({
      schema,
      orm: database.orm,
      events: live.bus,
      signInGuard: SignInGuard.create({ redis: live.redis, delayUnitMs: config.signInDelayMs }),
      log,
      host: config.host,
      port: config.port,
      introspection: config.nodeEnv !== 'production',
      isCookieSecure: config.nodeEnv === 'production',
      trustProxy: config.trustProxy,
      files: new LocalFolderStorage(config.fileStorageDir),
      liveSnapshots: new LiveSnapshots(database.orm, results),
      uploadMaxBytes: config.uploadMaxBytes,
    });
    const mailer =
      config.smtpUrl &&
      startNotificationMailer({
        orm: database.orm,
        log,
        smtpUrl: config.smtpUrl,
        from: config.mailFrom,
        pollMs: config.mailPollMs,
      });
    const chainer = startAuditChainer(database.orm, log);
    return {
      ...server,
      databaseUrl: database.url,
      orm: database.orm,
      log,
      async close() {
        if (mailer) await mailer.stop();
        await server.close();
        await results.settle();
        await chainer.stop();
        await live.close();
        await database.close();
      },
    };
  } catch (error) {
    await live.close();
    await database.close();
    throw error;
  }
}
