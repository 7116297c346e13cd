import { parseArgs } from 'node:util';

/** The workloads of issue 8, in the order the bench runs them. */
export const WORKLOADS = ['Q1', 'Q2', 'Q3', 'M1', 'M2', 'S1'] as const;
export type Workload = (typeof WORKLOADS)[number];

/** National scale: tens of thousands of nominations, thousands of experts, four reviewers each. */
const NATIONAL = { nominations: 60_000, experts: 6_000 };

export interface BenchOptions {
  nominations: number;
  experts: number;
  durationSeconds: number;
  connections: number;
  warmUpSeconds: number;
  /** chair consoles subscribed for S1 */
  subscribers: number;
  /** submissions per measured run of M2 (each needs a draft sheet of its own) */
  submissions: number;
  only: Set<Workload>;
  /** another PostgreSQL server to use instead of the bench's own embedded one */
  databaseUrl?: string;
}

const DEFAULTS = {
  scale: '0.1',
  duration: '10',
  connections: '20',
  'warm-up': '3',
  subscribers: '1000',
  submissions: '1500',
};

/** The bench's flags; a bad one stops it with a message naming the flag. */
export function parseBenchOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      scale: { type: 'string', default: DEFAULTS.scale },
      nominations: { type: 'string' },
      experts: { type: 'string' },
      duration: { type: 'string', default: DEFAULTS.duration },
      connections: { type: 'string', default: DEFAULTS.connections },
      'warm-up': { type: 'string', default: DEFAULTS['warm-up'] },
      subscribers: { type: 'string', default: DEFAULTS.subscribers },
      submissions: { type: 'string', default: DEFAULTS.submissions },
      only: { type: 'string', default: WORKLOADS.join(',') },
      'database-url': { type: 'string' },
    },
  });
  const positive = (flag: string, text: string | undefined) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} must be a positive integer`);
    return value;
  };
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale must be a fraction of national scale, (0, 1]');
  const only = values.only.split(',').map((name) => name.trim().toUpperCase());
  const unknown = only.filter((name) => !WORKLOADS.includes(name as Workload));
  if (unknown.length)
    throw new Error(`--only: unknown workload ${unknown.join(', ')} (${WORKLOADS.join(', ')})`);
  return {
    nominations: positive(
      'nominations',
      values.nominations ?? String(Math.round(NATIONAL.nominations * scale)),
    ),
    experts: positive('experts', values.experts ?? String(Math.round(NATIONAL.experts * scale))),
    durationSeconds: positive('duration', values.duration),
    connections: positive('connections', values.connections),
    warmUpSeconds: positive('warm-up', values['warm-up']),
    subscribers: positive('subscribers', values.subscribers),
    submissions: positive('submissions', values.submissions),
    only: new Set(only as Workload[]),
    databaseUrl: values['database-url'],
  };
}
