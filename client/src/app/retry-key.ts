import { useRef } from 'react';

// crypto.randomUUID needs a secure context (HTTPS); getRandomValues works on a plain-HTTP intranet too.
const randomKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );

/**
 * An Idempotency-Key for one intent (submitting this version of a thing): the same key on every retry of
 * it, so that when a response is lost on the way back, the retry gets the first answer from the server
 * instead of doing it twice (or being refused for it); a new key once the thing changes.
 */
export function useRetryKey(intent: string): () => { headers: Record<string, string> } {
  const current = useRef<{ intent: string; key: string }>(undefined);
  return () => {
    if (current.current?.intent !== intent) current.current = { intent, key: randomKey() };
    return { headers: { 'idempotency-key': current.current.key } };
  };
}
