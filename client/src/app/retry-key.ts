import { CombinedGraphQLErrors } from '@apollo/client';
import { useCallback, useRef } from 'react';

// crypto.randomUUID needs a secure context (HTTPS); getRandomValues works on a plain-HTTP intranet too.
const randomKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );

/**
 * Idempotency-Keys for one kind of write, one intent at a time (submitting this version of a thing, saving
 * these changes over this version): the same key on every retry of an intent, so that when a response is
 * lost on the way back, the retry gets the first answer from the server instead of doing it twice (or being
 * refused for it); a new key once the intent changes. The intent must say everything the request sends: the
 * server refuses a key used for another request.
 */
export function useRetryKey(): (intent: string) => { headers: Record<string, string> } {
  const current = useRef<{ intent: string; key: string }>(undefined);
  return useCallback((intent: string) => {
    if (current.current?.intent !== intent) current.current = { intent, key: randomKey() };
    return { headers: { 'idempotency-key': current.current.key } };
  }, []);
}

/** A retry that came while the first request with its key still ran: to try again, not a conflict of versions. */
export function isFirstAttemptRunning(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.rule === 'IN_PROGRESS');
}
