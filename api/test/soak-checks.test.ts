import { describe, expect, it } from 'vitest';
import { type MemorySample, memoryGrowth } from '../bench/soak/memory.js';
import { type Progress, progressDifferences, progressOf } from '../bench/soak/progress-check.js';
import { type SoakFindings, type StreamTally, soakFailures } from '../bench/soak/verdict.js';

const MB = 1024 * 1024;

/** A sample every 2 s over `seconds`, its RSS in MB given by the moment. */
const samples = (seconds: number, rssMbAt: (at: number) => number): MemorySample[] =>
  Array.from({ length: seconds / 2 }, (_, index) => ({
    atSeconds: index * 2,
    rssBytes: rssMbAt(index * 2) * MB,
    heapUsedBytes: 100 * MB,
  }));

const progress = (sequence: number, submitted = 3): Progress => ({
  sequence,
  categories: [
    { category: 'INVENTION', assigned: 8, drafted: 5 - submitted, submitted },
    { category: 'PROGRESS', assigned: 4, drafted: 0, submitted: 4 },
  ],
  experts: [
    { expertId: 'e1', assigned: 6, drafted: 2, submitted: 4 },
    { expertId: 'e2', assigned: 6, drafted: 0, submitted: 3 },
  ],
});

const tally = (failures: Partial<StreamTally> = {}): StreamTally => ({
  name: 'M2 submission',
  planned: 600,
  requests: 600,
  non2xx: 0,
  errors: 0,
  badBodies: 0,
  p50Ms: 30,
  p99Ms: 90,
  ...failures,
});

const held = (changes: Partial<SoakFindings> = {}): SoakFindings => ({
  tallies: [tally()],
  memory: memoryGrowth(
    samples(300, () => 800),
    300,
  ),
  consoleDifferences: [[], []],
  consolesClosed: 0,
  consoleErrors: 0,
  apiExited: false,
  ...changes,
});

describe('the soak’s memory check', () => {
  it('compares the mean of the first minute with the mean of the last', () => {
    const growth = memoryGrowth(
      samples(300, (at) => (at < 60 ? 800 : at >= 240 ? 880 : 840)),
      300,
    );
    expect(growth.windowSeconds).toBe(60);
    expect(growth.first.rssMb).toBeCloseTo(800);
    expect(growth.last.rssMb).toBeCloseTo(880);
    expect(growth.rssPercent).toBeCloseTo(10);
    expect(growth.heapPercent).toBeCloseTo(0);
  });

  it('compares thirds of a run shorter than three minutes', () => {
    const growth = memoryGrowth(
      samples(60, (at) => 500 + at),
      60,
    );
    expect(growth.windowSeconds).toBe(20);
    expect(growth.first.rssMb).toBeCloseTo(509);
    expect(growth.last.rssMb).toBeCloseTo(549);
  });

  it('refuses to judge without samples at both ends', () => {
    expect(() => memoryGrowth([], 300)).toThrow(/too few memory samples/);
  });
});

describe('a console against the database', () => {
  it('finds nothing when the sequence and every count are equal, in any order', () => {
    const shown = progress(40);
    shown.categories.reverse();
    expect(progressDifferences(shown, progress(40))).toEqual([]);
  });

  it('names the sequence, the category and the expert that differ', () => {
    const shown = progress(39, 2);
    shown.experts.pop();
    expect(progressDifferences(shown, progress(40, 3))).toEqual([
      'sequence: console 39, database 40',
      'category INVENTION: console 8/3/2, database 8/2/3 (assigned/drafted/submitted)',
      'expert e2: console absent, database 6/0/3 (assigned/drafted/submitted)',
    ]);
  });

  it('counts a console without a snapshot as different', () => {
    expect(progressDifferences(undefined, progress(1))).toEqual(['no snapshot']);
  });

  it('reads the progress out of a graphql-ws message, and nothing out of another', () => {
    const next = { id: '1', type: 'next', payload: { data: { reviewProgress: progress(7) } } };
    expect(progressOf(Buffer.from(JSON.stringify(next)))).toEqual(progress(7));
    expect(progressOf(Buffer.from('{"id":"1","type":"complete"}'))).toBeUndefined();
    expect(progressOf(undefined)).toBeUndefined();
  });
});

describe('the soak’s verdict', () => {
  it('passes a soak with no failure, flat memory and equal consoles', () => {
    expect(soakFailures(held())).toEqual([]);
  });

  it('fails on any failed request, of any kind', () => {
    expect(soakFailures(held({ tallies: [tally({ badBodies: 1 })] }))).toEqual([
      '1 requests failed (non-2xx, connection errors, errors in the answer)',
    ]);
    expect(soakFailures(held({ tallies: [tally({ errors: 2 }), tally({ non2xx: 1 })] }))).toHaveLength(1);
  });

  it('fails when memory grew beyond the margin, and not at it', () => {
    const grown = (lastMb: number) =>
      held({
        memory: memoryGrowth(
          samples(300, (at) => (at >= 240 ? lastMb : 800)),
          300,
        ),
      });
    expect(soakFailures(grown(880))).toEqual([]);
    expect(soakFailures(grown(881))).toEqual([
      'resident memory grew 10.1 % from the first window to the last (margin 10 %)',
    ]);
  });

  it('fails when a console differs, was closed or saw an error, or the API exited', () => {
    const failures = soakFailures(
      held({
        consoleDifferences: [[], ['sequence: console 39, database 40']],
        consolesClosed: 1,
        consoleErrors: 2,
        apiExited: true,
      }),
    );
    expect(failures).toEqual([
      'the API exited during the soak',
      '1 consoles were closed by the API',
      '2 errors on the consoles’ subscriptions',
      '1 consoles differ from the database, e.g. sequence: console 39, database 40',
    ]);
  });
});
