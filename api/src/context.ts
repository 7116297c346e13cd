import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { findViewer } from './auth/session.service.js';
import type { SessionCookie } from './auth/session-cookie.js';
import type { SignInGuard } from './auth/sign-in-guard.js';
import type { Viewer } from './auth/viewer.js';
import type { FileStorage } from './files/file-storage.js';
import { Loaders } from './graphql/loaders.js';
import type { EventBus } from './live/event-bus.js';
import type { LiveSnapshots } from './live/live-snapshots.js';

/** Everything a resolver may use, built anew for each request (and each subscription). */
export interface RequestContext {
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer | null;
  /** The session token the request came with, for sign-out. */
  token: string | undefined;
  /** The client's address, for sign-in limits. */
  clientAddress: string;
  /** Sets or clears the browser's session cookie (nothing over WebSocket). */
  sessionCookie: SessionCookie;
  signInGuard: SignInGuard;
  events: EventBus;
  log: Logger;
  /** The bytes of uploaded files. */
  files: FileStorage;
  /** The chair's console's snapshots, shared by its subscribers. */
  liveSnapshots: LiveSnapshots;
}

export interface ContextDependencies {
  orm: MikroORM;
  signInGuard: SignInGuard;
  events: EventBus;
  log: Logger;
  files: FileStorage;
  liveSnapshots: LiveSnapshots;
}

export interface RequestOrigin {
  token: string | undefined;
  clientAddress: string;
  sessionCookie: SessionCookie;
}

export async function createContext(
  deps: ContextDependencies,
  origin: RequestOrigin,
): Promise<RequestContext> {
  const { token, clientAddress, sessionCookie } = origin;
  const em = deps.orm.em.fork();
  return {
    em,
    loaders: new Loaders(em),
    viewer: await findViewer(em, token),
    token,
    clientAddress,
    sessionCookie,
    signInGuard: deps.signInGuard,
    events: deps.events,
    log: deps.log,
    files: deps.files,
    liveSnapshots: deps.liveSnapshots,
  };
}
