import { parseCookie, stringifySetCookie } from 'cookie';
import type { Response } from 'express';

/** Browsers keep the session in this httpOnly cookie; API clients send a bearer token instead. */
export const SESSION_COOKIE = 'award_session';

export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** The token of a request: `Authorization: Bearer …` first, else the session cookie. */
export function sessionToken(authorization: unknown, cookieHeader: unknown): string | undefined {
  if (typeof authorization === 'string') {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (bearer) return bearer[1];
  }
  return typeof cookieHeader === 'string' ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
}

/**
 * httpOnly so that scripts cannot read it, SameSite=Lax so that other sites cannot send it with their
 * requests (with Apollo's CSRF prevention on top), Secure where the site is served over HTTPS.
 */
export function sessionCookieOn(response: Response, isSecure: boolean): SessionCookie {
  const write = (value: string, expires: Date) =>
    response.append(
      'Set-Cookie',
      stringifySetCookie(SESSION_COOKIE, value, {
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecure,
        path: '/',
        expires,
      }),
    );
  return {
    set: (token, expiresAt) => write(token, expiresAt),
    clear: () => write('', new Date(0)),
  };
}

/** Over WebSocket there is no response to set a cookie on; sessions are opened over HTTP. */
export const noSessionCookie: SessionCookie = { set: () => {}, clear: () => {} };
