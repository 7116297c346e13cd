import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestApi, type TestApi } from './test-api.js';

const CHANGE = `mutation ($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) { token viewer { email } }
}`;
const VIEWER = '{ viewer { email } }';
const STRONG = '北风吹雁 quietly-orbiting lantern 42';

describe('changePassword', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });

  it('refuses a wrong current password, naming the field', async () => {
    const token = await api.login('member5@example.com');
    const result = await api.graphql(CHANGE, { current: 'not it', next: STRONG }, token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
  });

  it.each([
    ['short', 'Ab1!x'],
    ['a common word with digits', 'password123'],
    ['the account itself', 'member5@example.com'],
  ])('refuses a weak new password: %s', async (_case, next) => {
    const token = await api.login('member5@example.com');
    const result = await api.graphql(CHANGE, { current: DEMO_PASSWORD, next }, token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
  });

  it('ends every session of the account and signs this client in afresh', async () => {
    const elsewhere = await api.login('member6@example.com');
    const here = await api.login('member6@example.com');
    const changed = await api.graphql<{ changePassword: { token: string; viewer: { email: string } } }>(
      CHANGE,
      { current: DEMO_PASSWORD, next: STRONG },
      here,
    );
    expect(changed.errors).toBeUndefined();
    const fresh = changed.data?.changePassword.token as string;

    for (const old of [elsewhere, here]) {
      expect((await api.graphql(VIEWER, {}, old)).data).toEqual({ viewer: null });
    }
    expect((await api.graphql(VIEWER, {}, fresh)).data).toEqual({ viewer: { email: 'member6@example.com' } });
    await expect(api.login('member6@example.com')).rejects.toThrow(/Wrong email or password/);
    expect(await api.login('member6@example.com', STRONG)).toMatch(/^[\w-]{40,}$/);
  });
});
