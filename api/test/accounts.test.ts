import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

const CREATE = `mutation ($email: String!, $name: String!, $role: Role!, $org: ID) {
  createAccount(email: $email, displayName: $name, role: $role, organizationId: $org) {
    initialPassword account { id email roles isDisabled }
  }
}`;
const DISABLE = `mutation ($id: ID!, $isDisabled: Boolean!) {
  setAccountDisabled(id: $id, isDisabled: $isDisabled) { isDisabled }
}`;

interface Created {
  createAccount: { initialPassword: string; account: { id: string; email: string; roles: string[] } };
}

describe("the secretariat's accounts", () => {
  let api: TestApi;
  let db: pg.Client;
  let secretariat: string;
  let organizationId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    secretariat = await api.login('secretariat@example.com');
    organizationId = (await db.query("select id from organization where type = 'PUBLIC_INSTITUTION' limit 1"))
      .rows[0].id;
  });
  afterAll(() => db.end());

  it('creates a nominator account whose first password signs in', async () => {
    const result = await api.graphql<Created>(
      CREATE,
      { email: 'New.Nominator@Example.com', name: '新提名人', role: 'NOMINATOR', org: organizationId },
      secretariat,
    );
    expect(result.errors).toBeUndefined();
    const created = result.data?.createAccount;
    expect(created?.account).toMatchObject({ email: 'new.nominator@example.com', roles: ['NOMINATOR'] });
    expect(await api.login('new.nominator@example.com', created?.initialPassword)).toMatch(/^[\w-]{40,}$/);
    const audit = await db.query(
      "select count(*)::int as n from audit_event where action = 'ACCOUNT_CREATED'",
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it.each([
    [{ email: 'x@example.com', name: 'X', role: 'CHAIR' }, 'role'],
    [{ email: 'y@example.com', name: 'Y', role: 'NOMINATOR' }, 'organizationId'],
    [{ email: 'not-an-email', name: 'Z', role: 'EXPERT' }, 'email'],
  ])('refuses %o, naming %s', async (variables, field) => {
    const result = await api.graphql(CREATE, variables, secretariat);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a second account with the same email', async () => {
    const result = await api.graphql(
      CREATE,
      { email: 'expert1@example.com', name: 'E', role: 'EXPERT' },
      secretariat,
    );
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('is refused to anyone but the secretariat', async () => {
    const chair = await api.login('chair@example.com');
    const result = await api.graphql(CREATE, { email: 'c@example.com', name: 'C', role: 'EXPERT' }, chair);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('disables an account: its sessions end and it cannot sign in', async () => {
    const id = (await db.query("select id from app_user where email = 'expert2@example.com'")).rows[0].id;
    const session = await api.login('expert2@example.com');
    const disabled = await api.graphql(DISABLE, { id, isDisabled: true }, secretariat);
    expect(disabled.data).toEqual({ setAccountDisabled: { isDisabled: true } });
    expect((await api.graphql('{ viewer { email } }', {}, session)).data).toEqual({ viewer: null });
    await expect(api.login('expert2@example.com')).rejects.toThrow(/disabled/);

    await api.graphql(DISABLE, { id, isDisabled: false }, secretariat);
    expect(await api.login('expert2@example.com')).toMatch(/^[\w-]{40,}$/);
  });
});
