import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_CONSECUTIVE_FAILURES_PER_ACCOUNT } from '../src/auth/sign-in-guard.js';
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
