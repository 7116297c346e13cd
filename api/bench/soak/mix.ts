import { RESULTS_WITH_SHEETS } from '../reads/q1-results-page.js';
import { OWN_ASSIGNMENTS } from '../reads/q2-own-assignments.js';
import { apiDraftSaves, apiSubmissions, through } from '../writes/index.js';
import { completeDrafts, draftSheets, openSessions } from '../writes/prepare.js';
import { plannedRequests, type Stream } from './workload.js';

/**
 * The benchmark's workload as a review week mixes it, per second: experts opening their assignments
 * (Q2, the most frequent request), autosaving drafts (M1) and submitting sheets (M2, each another sheet,
 * so the seed's drafts bound the rate), and the chair reading a results page now and then (Q1).
 */
const RATES = { reads: 20, saves: 5, submissions: 2, resultsPage: 0.1 };

/** Sheets saved in turn by M1 (each every 20 s at its rate), apart from the ones M2 submits. */
const SAVED_SHEETS = 100;

const PAGE_SIZE = 50;

/**
 * The soak's streams over the seeded cycle, for runs of `periods` seconds each (the warm-up, the
 * measured run): as many sheets prepared as they will submit, and the experts of those sheets signed in.
 */
export async function soakStreams(
  databaseUrl: string,
  cycleId: string,
  chairToken: string,
  periods: number[],
): Promise<Stream[]> {
  const submissions = periods.reduce((sum, seconds) => sum + plannedRequests(RATES.submissions, seconds), 0);
  const sheets = await draftSheets(databaseUrl, SAVED_SHEETS + submissions).catch((error: Error) => {
    throw new Error(`${error.message}: seed more nominations or soak fewer minutes`);
  });
  const [saved, submitted] = [sheets.slice(0, SAVED_SHEETS), sheets.slice(SAVED_SHEETS)];
  await completeDrafts(databaseUrl, submitted);
  const tokens = await openSessions(
    databaseUrl,
    sheets.map((sheet) => sheet.userId),
  );
  const experts = [...tokens.values()];
  let reader = 0;
  return [
    {
      name: 'Q2 own assignments',
      perSecond: RATES.reads,
      connections: 6,
      next: () => through(experts[reader++ % experts.length], OWN_ASSIGNMENTS, { first: PAGE_SIZE }),
    },
    { name: 'M1 draft save', perSecond: RATES.saves, connections: 2, next: apiDraftSaves(saved, tokens) },
    {
      name: 'M2 submission',
      perSecond: RATES.submissions,
      connections: 2,
      next: apiSubmissions(submitted, tokens),
    },
    {
      name: 'Q1 results page',
      perSecond: RATES.resultsPage,
      connections: 1,
      next: () => through(chairToken, RESULTS_WITH_SHEETS, { cycleId, first: PAGE_SIZE }),
    },
  ];
}
