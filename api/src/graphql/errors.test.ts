import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { createErrorFormatter } from './errors.js';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: pino({ level: 'error' }, stream), lines };
}

describe('the error formatter', () => {
  it('masks an unexpected error behind an id that the log line carries with the cause', () => {
    const { log, lines } = capturingLogger();
    const thrown = new Error('connection to 10.0.0.5 refused, password=hunter2');
    const error = new GraphQLError(thrown.message, { originalError: thrown, path: ['nominations'] });
    const formatted = createErrorFormatter(log)(error.toJSON(), error);
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(formatted)).not.toMatch(/hunter2|10\.0\.0\.5|stack/);
    const errorId = formatted.extensions?.errorId as string;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(formatted.message).toContain(errorId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ errorId, err: { message: thrown.message } });
  });

  it('keeps a domain error, however deeply GraphQL wrapped it, with its code and details', () => {
    const { log, lines } = capturingLogger();
    const domain = new DomainError('RATE_LIMITED', 'Too many failed sign-ins.', { retryAfterSeconds: 60 });
    const inner = new GraphQLError('inner', { originalError: domain });
    const outer = new GraphQLError('outer', { originalError: inner });
    const formatted = createErrorFormatter(log)(outer.toJSON(), outer);
    expect(formatted).toMatchObject({
      message: 'Too many failed sign-ins.',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 },
    });
    expect(lines).toHaveLength(0);
  });
});
