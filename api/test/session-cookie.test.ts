import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestApi, type TestApi } from './test-api.js';

/** A browser's view: the session travels in an httpOnly cookie, with no Authorization header. */
describe('the session cookie', () => {
  let api: TestApi;
  const post = (query: string, cookie?: string) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    api = await startTestApi();
  });

  it('is set on sign-in, carries the session, and is cleared with it on sign-out', async () => {
    const signIn = await post(
      `mutation { login(email: "chair@example.com", password: "${DEMO_PASSWORD}") { expiresAt } }`,
    );
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^award_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    const cookie = setCookie.split(';')[0];

    const viewer = await (await post('{ viewer { email } }', cookie)).json();
    expect(viewer).toEqual({ data: { viewer: { email: 'chair@example.com' } } });

    const signOut = await post('mutation { logout }', cookie);
    expect(signOut.headers.get('set-cookie')).toMatch(/^award_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await (await post('{ viewer { email } }', cookie)).json()).toEqual({ data: { viewer: null } });
  });

  it('is not what an API client needs: a bearer token works without it', async () => {
    const token = await api.login('chair@example.com');
    expect((await api.graphql('{ viewer { email } }', {}, token)).data).toEqual({
      viewer: { email: 'chair@example.com' },
    });
  });
});
