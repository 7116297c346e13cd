import { useSyncExternalStore } from 'react';

/**
 * What this browser knows of its session. The session itself is an httpOnly cookie that scripts cannot
 * read: who is signed in is asked of the server (`viewer`). Kept here only what is not secret: when the
 * session ends (for the "ends soon" warning) and why the signed-in pages were left (for the sign-in page).
 */

/** Why the signed-in pages were left. `absent`: there was no session to begin with. */
export type SessionEnd = 'signedOut' | 'signedOutElsewhere' | 'expired' | 'absent';

/** began: signed in; renewed: a fresh cookie for the same user (password changed); ended: signed out. */
export type SessionChange = 'began' | 'renewed' | 'ended';

export type SessionListener = (change: SessionChange, isElsewhere: boolean) => Promise<unknown> | undefined;

// Not secret: the server sends it with every sign-in, and it only drives a warning.
const expiresAtKey = 'award.sessionExpiresAt';

let sessionEnd: SessionEnd | null = null;
const listeners = new Set<SessionListener>();
const renderers = new Set<() => void>();

// Tabs of one browser share the cookie, so what one tab does to the session happens to all of them.
const otherTabs = new BroadcastChannel('award.session');

interface TabMessage {
  change: SessionChange;
  end?: SessionEnd;
}

async function announce(change: SessionChange, isElsewhere: boolean): Promise<void> {
  for (const render of renderers) render();
  await Promise.all([...listeners].map((listener) => listener(change, isElsewhere)));
}

otherTabs.addEventListener('message', ({ data }: MessageEvent<TabMessage>) => {
  if (data.change === 'ended') {
    sessionEnd = data.end === 'signedOut' ? 'signedOutElsewhere' : (data.end ?? 'expired');
  } else {
    sessionEnd = null;
  }
  void announce(data.change, true);
});

function change(kind: SessionChange, end?: SessionEnd): Promise<void> {
  otherTabs.postMessage({ change: kind, end } satisfies TabMessage);
  return announce(kind, false);
}

/** After a sign-in: resolves once every listener (the Apollo cache, the WebSocket) has let go of the old one. */
export function beginSession(expiresAt: string): Promise<void> {
  localStorage.setItem(expiresAtKey, expiresAt);
  sessionEnd = null;
  return change('began');
}

/** After a password change: the same user with a new cookie, which the live connection must pick up. */
export function renewSession(expiresAt: string): Promise<void> {
  localStorage.setItem(expiresAtKey, expiresAt);
  return change('renewed');
}

export function endSession(end: SessionEnd): Promise<void> {
  if (sessionEnd === end) return Promise.resolve();
  localStorage.removeItem(expiresAtKey);
  sessionEnd = end;
  return change('ended', end);
}

/**
 * The server did not accept the cookie (UNAUTHENTICATED, or no viewer). If this browser had signed in and
 * not out, its session has expired or was revoked; otherwise nobody had signed in.
 */
export function sessionRefused(): Promise<void> {
  return endSession(sessionExpiresAt() === null ? 'absent' : 'expired');
}

export function sessionExpiresAt(): string | null {
  return localStorage.getItem(expiresAtKey);
}

/** Calls the listener after every sign-in, renewal and sign-out, in this tab or another; returns its removal. */
export function onSessionChange(listener: SessionListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function subscribe(render: () => void): () => void {
  renderers.add(render);
  return () => renderers.delete(render);
}

/** Why the session ended, or null while it has not. */
export function useSessionEnd(): SessionEnd | null {
  return useSyncExternalStore(subscribe, () => sessionEnd);
}

/** When the session ends (ISO 8601), re-read on every session change. */
export function useSessionExpiresAt(): string | null {
  return useSyncExternalStore(subscribe, sessionExpiresAt);
}
