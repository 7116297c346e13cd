import { isDeepStrictEqual } from 'node:util';
import { DEMO_PASSWORD } from '../test/test-api.js';
import { startApiProcess } from './api-process.js';
import { ChairConsole, progressOverHttp } from './chair-console.js';
import { seededDatabase } from './drill-database.js';
import { type DrillReport, seconds } from './drill-report.js';
import { logIn } from './graphql-http.js';
import { isSameProgress } from './progress-compare.js';
import { RequestStream } from './request-stream.js';
import { prepareReviews, submit } from './review-sheets.js';
import { readResults, storedSheets, submittedByCategory } from './stored-sheets.js';
import { tallySubmissions } from './submission-check.js';
import { startTcpProxy } from './tcp-proxy.js';
import { waitUntil } from './wait-until.js';

export interface SocketDropsOptions {
  consoles: number;
  submissions: number;
  /** Every console's socket is cut when this share of the submissions has been answered, for each share. */
  cutsAt: number[];
  concurrency: number;
  intervalMs: number;
}

/**
 * Chair's consoles subscribed through a proxy the drill controls while experts submit their sheets;
 * every socket is cut several times. Each console reconnects by itself, and its last snapshot must come
 * to equal the state read over HTTP at the end, whose counts must equal the database's.
 */
export async function socketDropsDrill(options: SocketDropsOptions): Promise<DrillReport> {
  const databaseUrl = await seededDatabase();
  const api = await startApiProcess('api', { DATABASE_URL: databaseUrl });
  const proxy = await startTcpProxy(api.url);
  const reviews = await prepareReviews(api.url, databaseUrl, options.submissions, { withDrafts: true });
  const { cycleId } = reviews[0];
  const chair = await logIn(api.url, 'chair@example.com', DEMO_PASSWORD);
  const consoles = Array.from(
    { length: options.consoles },
    () => new ChairConsole(proxy.address('ws'), chair, cycleId),
  );
  try {
    const failures: string[] = [];
    if ((await waitUntil(() => consoles.every((console) => console.latest), 20_000)) === undefined)
      failures.push('not every console got its first snapshot');

    const stream = new RequestStream(reviews, submit, { ...options, apiUrl: () => api.url });
    let socketsCut = 0;
    let slowestReconnection = 0;
    for (const share of options.cutsAt) {
      await stream.answered(Math.floor(options.submissions * share));
      const before = consoles.map((console) => console.connections);
      socketsCut += proxy.cutAll();
      const cutAt = performance.now();
      const reconnectedAt = await waitUntil(
        () => consoles.every((console, index) => console.connections > before[index]),
        20_000,
      );
      if (reconnectedAt === undefined) failures.push(`not every console reconnected after cut ${share}`);
      slowestReconnection = Math.max(slowestReconnection, (reconnectedAt ?? cutAt) - cutAt);
    }
    const first = await stream.done;
    const lastAnswerAt = Math.max(...first.map(({ at }) => at));

    const truth = await progressOverHttp(api.url, chair, cycleId);
    const convergedAt = await waitUntil(
      () => consoles.every((console) => isSameProgress(console.latest, truth)),
      20_000,
    );
    const behind = consoles.filter((console) => !isSameProgress(console.latest, truth));
    if (behind.length > 0)
      failures.push(
        `${behind.length} consoles did not converge: ${JSON.stringify(behind[0].latest)} ≠ ${JSON.stringify(truth)}`,
      );
    const database = await submittedByCategory(databaseUrl, cycleId);
    const counted = Object.fromEntries(
      truth.categories.map(({ category, submitted }) => [category, submitted]),
    );
    if (!isDeepStrictEqual(counted, database))
      failures.push(
        `the console counts ${JSON.stringify(counted)}, the database ${JSON.stringify(database)}`,
      );

    await readResults(api.url, cycleId);
    const tally = tallySubmissions(
      first,
      [],
      await storedSheets(
        databaseUrl,
        reviews.map((review) => review.assignmentId),
      ),
    );
    const reconnections = consoles.reduce((sum, console) => sum + console.connections - 1, 0);
    return {
      summary:
        `socket-drops: injected ${options.cutsAt.length} cuts of every socket of ${options.consoles} consoles ` +
        `(${socketsCut} sockets) during ${reviews.length} submissions; reconnections ${reconnections}, ` +
        `the slowest ${seconds(slowestReconnection)} after its cut; ` +
        `${options.consoles - behind.length}/${options.consoles} consoles converged to the state over HTTP ` +
        `(sequence ${truth.sequence}, submitted ${describeCounts(counted)} = the database's) ` +
        `${seconds((convergedAt ?? lastAnswerAt) - lastAnswerAt)} after the last submission; ` +
        `submissions acknowledged ${tally.acknowledged}, stored ${tally.stored}, lost ${tally.lost}, double ${tally.double}`,
      failures: [...failures, ...tally.failures],
    };
  } finally {
    await Promise.all(consoles.map((console) => console.dispose()));
  }
}

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([category, count]) => `${category} ${count}`)
    .join(', ');
