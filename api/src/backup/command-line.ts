import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { BackupError } from './backup-error.js';

type Options = Record<string, { type: 'string' }>;

/**
 * Runs a backup command: its options parsed (each required but those named optional), a refusal
 * printed as its message alone, and exit code 1 on any failure, or when the command answers false.
 */
export async function runCommand<O extends Options>(
  usage: string,
  options: O,
  optional: (keyof O)[],
  command: (values: { [K in keyof O]: string }) => Promise<boolean>,
): Promise<void> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ options, strict: true }).values as Record<string, string | undefined>;
    const missing = Object.keys(options).filter(
      (name) => values[name] === undefined && !optional.includes(name),
    );
    if (missing.length > 0) throw new Error(`missing ${missing.map((name) => `--${name}`).join(', ')}`);
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: ${usage}`);
    process.exit(1);
  }
  try {
    if (!(await command(values as { [K in keyof O]: string }))) process.exit(1);
  } catch (error) {
    const isRefusal = error instanceof BackupError || error instanceof ConfigError;
    console.error(isRefusal ? error.message : error);
    process.exit(1);
  }
}
