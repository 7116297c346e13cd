import { parseArgs } from 'node:util';

export interface SoakOptions {
  /** the measured run, after the warm-up; bounded so that a soak always ends */
  minutes: number;
  warmUpSeconds: number;
  nominations: number;
  experts: number;
  /** chair consoles subscribed over graphql-ws the whole time */
  consoles: number;
  /** another PostgreSQL server to use instead of the soak's own embedded one */
  databaseUrl?: string;
}

const MAX_MINUTES = 30;

/** The soak's flags; a bad one stops it with a message naming the flag. */
export function parseSoakOptions(args: string[]): SoakOptions {
  const { values } = parseArgs({
    args,
    options: {
      minutes: { type: 'string', default: '5' },
      'warm-up': { type: 'string', default: '30' },
      nominations: { type: 'string', default: '2000' },
      experts: { type: 'string', default: '200' },
      consoles: { type: 'string', default: '20' },
      'database-url': { type: 'string' },
    },
  });
  const whole = (flag: string, text: string, least: number, most = Number.MAX_SAFE_INTEGER) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < least || value > most)
      throw new Error(`--${flag} must be an integer from ${least} to ${most}`);
    return value;
  };
  return {
    minutes: whole('minutes', values.minutes, 1, MAX_MINUTES),
    warmUpSeconds: whole('warm-up', values['warm-up'], 0, 600),
    nominations: whole('nominations', values.nominations, 1),
    experts: whole('experts', values.experts, 1),
    consoles: whole('consoles', values.consoles, 1, 1000),
    databaseUrl: values['database-url'],
  };
}
