import { parseArgs } from 'node:util';

export interface BenchOptions {
  nominations: number;
  experts: number;
  durationSeconds: number;
  connections: number;
  warmUpSeconds: number;
}

const DEFAULTS = { nominations: '2000', experts: '200', duration: '10', connections: '20', 'warm-up': '5' };

/** The bench's flags; a bad one stops it with a message naming the flag. */
export function parseBenchOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      nominations: { type: 'string', default: DEFAULTS.nominations },
      experts: { type: 'string', default: DEFAULTS.experts },
      duration: { type: 'string', default: DEFAULTS.duration },
      connections: { type: 'string', default: DEFAULTS.connections },
      'warm-up': { type: 'string', default: DEFAULTS['warm-up'] },
    },
  });
  const positive = (flag: keyof typeof DEFAULTS) => {
    const value = Number(values[flag]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} must be a positive integer`);
    return value;
  };
  return {
    nominations: positive('nominations'),
    experts: positive('experts'),
    durationSeconds: positive('duration'),
    connections: positive('connections'),
    warmUpSeconds: positive('warm-up'),
  };
}
