import type { LoginMutation } from '@award/schema/generated/graphql';
import { useSyncExternalStore } from 'react';

/** What the browser keeps of a sign-in: the bearer token and when the server stops accepting it. */
export type Session = Pick<LoginMutation['login'], 'token' | 'expiresAt'>;

const storageKey = 'award.session';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { token, expiresAt } = value as Record<string, unknown>;
  return typeof token === 'string' && typeof expiresAt === 'string';
}

function readStoredSession(): Session | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    return isSession(stored) ? stored : null;
  } catch {
    return null;
  }
}

let storedSession = readStoredSession();
const listeners = new Set<() => void>();

function replaceSession(session: Session | null): void {
  storedSession = session;
  for (const listener of listeners) listener();
}

// Signing out in one tab signs out the others: they share the token, which the server no longer accepts.
window.addEventListener('storage', (event) => {
  if (event.key === storageKey) replaceSession(readStoredSession());
});

function isLive(session: Session | null): session is Session {
  return session !== null && Date.parse(session.expiresAt) > Date.now();
}

/** The token to send, or undefined when nobody is signed in or the session has expired. */
export function sessionToken(): string | undefined {
  return isLive(storedSession) ? storedSession.token : undefined;
}

export function rememberSession(session: Session): void {
  localStorage.setItem(storageKey, JSON.stringify(session));
  replaceSession(session);
}

export function forgetSession(): void {
  localStorage.removeItem(storageKey);
  replaceSession(null);
}

/** Calls the listener after every sign-in and sign-out; returns the function that stops it. */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHasSession(): boolean {
  return useSyncExternalStore(onSessionChange, () => sessionToken() !== undefined);
}
