import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_CONSECUTIVE_FAILURES_PER_ACCOUNT, signInDelayMs } from '../src/auth/sign-in-guard.js';
import { DEMO_PASSWORD, startTestApi, type TestApi } from './test-api.js';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

describe('repeated failed sign-ins', () => {
  let api: TestApi;
  const attempt = (email: string, password: string) =>
    api.graphql<{ login: { token: string } }>(LOGIN, { email, password });
  const fail = async (email: string, times: number) => {
    for (let i = 0; i < times; i++) {
      expect((await attempt(email, 'wrong password')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  };

  beforeAll(async () => {
    api = await startTestApi();
  });

  it('lock the account for a while, even against the right password', async () => {
    await fail('member2@example.com', MAX_CONSECUTIVE_FAILURES_PER_ACCOUNT);
    const locked = await attempt('member2@example.com', DEMO_PASSWORD);
    expect(locked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(60);
    expect(locked.data).toBeNull();
  });

  it('leave other accounts alone', async () => {
    expect((await attempt('member3@example.com', DEMO_PASSWORD)).data?.login.token).toBeTruthy();
  });

  it('start counting again after a correct password', async () => {
    await fail('member4@example.com', MAX_CONSECUTIVE_FAILURES_PER_ACCOUNT - 1);
    expect((await attempt('member4@example.com', DEMO_PASSWORD)).data?.login.token).toBeTruthy();
    await fail('member4@example.com', MAX_CONSECUTIVE_FAILURES_PER_ACCOUNT - 1);
    expect((await attempt('member4@example.com', DEMO_PASSWORD)).data?.login.token).toBeTruthy();
  });

  it('count unknown accounts too, so probing emails is limited like guessing passwords', async () => {
    await fail('nobody@example.com', MAX_CONSECUTIVE_FAILURES_PER_ACCOUNT);
    expect((await attempt('nobody@example.com', 'x')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('the slow-down before the lock-out', () => {
  const unitMs = 150;
  let api: TestApi;
  const timedAttempt = async (email: string, password: string) => {
    const started = performance.now();
    const result = await api.graphql<{ login: { token: string } }>(LOGIN, { email, password });
    return { result, elapsedMs: performance.now() - started };
  };

  beforeAll(async () => {
    api = await startTestApi({ settings: { SIGN_IN_DELAY_MS: String(unitMs) } });
  });

  it('doubles the wait with each failure, up to a ceiling', () => {
    expect([0, 1, 2, 3, 4].map((failures) => signInDelayMs(failures, 500))).toEqual([
      0, 500, 1000, 2000, 4000,
    ]);
    expect(signInDelayMs(20, 500)).toBe(8000);
  });

  it('holds each attempt back by the failures before it, the right password too', async () => {
    const email = 'member9@example.com';
    await timedAttempt(email, 'wrong password');
    // Only lower bounds: a busy machine can make an attempt slower, never faster than the wait.
    expect((await timedAttempt(email, 'wrong password')).elapsedMs).toBeGreaterThanOrEqual(unitMs);
    expect((await timedAttempt(email, 'wrong password')).elapsedMs).toBeGreaterThanOrEqual(2 * unitMs);
    const right = await timedAttempt(email, DEMO_PASSWORD);
    expect(right.elapsedMs).toBeGreaterThanOrEqual(4 * unitMs);
    expect(right.result.data?.login.token).toBeTruthy();
  });
});
