import type { BrowserContext, WebSocket } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askApi, demo, demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { clientUrl, closeVisitor, newVisitor, signedInVisitor, signIn, subscriptionSent } from './pages';
import { screenshot } from './screenshots';

const sessionCookie = 'award_session';

async function sessionCookieOf(context: BrowserContext) {
  const cookie = (await context.cookies()).find(({ name }) => name === sessionCookie);
  if (!cookie) throw new Error(`no ${sessionCookie} cookie in the browser`);
  return cookie;
}

describe('the session: a cookie the page cannot read, which ends cleanly', () => {
  const browser = connectSharedBrowser();

  it("refuses a wrong password with the server's message and stays on the sign-in page", async () => {
    const { page, context } = await newVisitor(browser());
    await page.goto(clientUrl('/login'));
    await signIn(page, { ...demo.secretariat, password: 'not-the-password' });
    // The server's own words, in the page's language.
    await page.getByText('电子邮箱或密码错误。').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect((await context.cookies()).map(({ name }) => name)).not.toContain(sessionCookie);
    await screenshot(page, 'login-wrong-password');
    await closeVisitor(context);
  });

  it('keeps the session in an httpOnly cookie only: no token in scripts, storage, headers or the live connection', async () => {
    const { page, context } = await newVisitor(browser());
    const authorizations: string[] = [];
    page.on('request', (request) => {
      const authorization = request.headers().authorization;
      if (authorization) authorizations.push(authorization);
    });
    const socketFrames: string[] = [];
    const sockets: WebSocket[] = [];
    page.on('websocket', (socket) => {
      sockets.push(socket);
      socket.on('framesent', ({ payload }) => socketFrames.push(String(payload)));
    });

    const subscribed = subscriptionSent(page);

    await page.goto(clientUrl('/login'));
    await signIn(page, demo.chair);
    await page.waitForURL('**/console');
    // The console subscribes to live changes once its data is in: its socket is open when that is sent.
    await subscribed;

    const cookie = await sessionCookieOf(context);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.value.length).toBeGreaterThanOrEqual(32);
    expect(await page.evaluate(() => document.cookie)).not.toContain(sessionCookie);
    const stored = await page.evaluate(() =>
      [localStorage, sessionStorage].flatMap((storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
      ),
    );
    expect(stored.filter((entry) => entry.includes(cookie.value))).toEqual([]);
    // Only the session's end is kept, to warn before it: no value long and random enough to be a token.
    expect(stored.filter((entry) => /[A-Za-z0-9_-]{32,}/.test(entry))).toEqual([]);
    // …which matches the cookie's, and warns ten minutes ahead.
    const endsAt = await page.evaluate(() => localStorage.getItem('award.sessionExpiresAt'));
    expect(Math.abs(Date.parse(endsAt ?? '') / 1000 - cookie.expires)).toBeLessThan(2);
    expect(await page.getByText(/您的登录将于.*过期/).count()).toBe(0);
    await page.evaluate(() =>
      localStorage.setItem('award.sessionExpiresAt', new Date(Date.now() + 5 * 60_000).toISOString()),
    );
    // Leaving the console closes its socket (a reload would cut it, which the proxy logs as an error).
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await Promise.all(
      sockets.filter((socket) => !socket.isClosed()).map((socket) => socket.waitForEvent('close')),
    );
    await page.reload();
    await page.getByText(/您的登录将于.*过期/).waitFor();
    expect(authorizations).toEqual([]);
    const connectionInit = socketFrames.find((frame) => frame.includes('"connection_init"'));
    expect(connectionInit).toBeDefined();
    expect(connectionInit).not.toMatch(/authorization|token/i);
    await closeVisitor(context);
  });

  it('sends a user whose session was revoked elsewhere to sign in, with a message, and back to the same page after', async () => {
    const nominator = demoAccount('nominator3@example.com');
    const { page, context } = await signedInVisitor(browser(), nominator, '/my-nominations');
    const historyButtons = page.getByRole('button', { name: /^办理记录 / });
    const history = page.getByRole('dialog').getByLabel('办理记录').locator('.ant-timeline-item');
    await historyButtons.first().click();
    // Its history shown, the page has no request left in flight that the revocation could overtake.
    await history.first().waitFor();

    // The session ends on the server (here, signed out through the API with the browser's own cookie).
    const cookie = await sessionCookieOf(context);
    await askApi('mutation { logout }', {}, { cookie: `${sessionCookie}=${cookie.value}` });

    // The next request of the page is refused: the page goes to the sign-in page and says why.
    await page.keyboard.press('Escape');
    await historyButtons.last().click();
    const wanted = new URL(page.url());
    await page.waitForURL('**/login');
    await page.getByText('会话已过期，请重新登录').waitFor();
    await screenshot(page, 'login-session-expired');

    await signIn(page, nominator);
    await page.waitForURL((url) => url.pathname === wanted.pathname && url.search === wanted.search);
    await history.first().waitFor();
    await closeVisitor(context);
  });

  it('signs out every tab of the browser when one signs out', async () => {
    const member = demoAccount('member3@example.com');
    const { page: first, context } = await signedInVisitor(browser(), member, '/re-review');
    const second = await context.newPage();
    await second.goto(clientUrl('/re-review'));
    await second.getByRole('heading', { name: '复评投票' }).waitFor();

    await first.getByRole('button', { name: '退出登录' }).click();
    await first.waitForURL('**/login');
    // The other tab learns of it at once, without a request of its own.
    await second.waitForURL('**/login');
    await second.getByText('您已在其他窗口退出登录').waitFor();
    expect((await context.cookies()).map(({ name }) => name)).not.toContain(sessionCookie);
    await closeVisitor(context);
  });

  it("changes the password: the server's rules show on the field, and the account's other sessions end", async () => {
    const member = demoAccount('member2@example.com');
    const newPassword = 'violet harbour lantern 94';
    const elsewhere = await signedInVisitor(browser(), member, '/re-review');
    const { page, context } = await signedInVisitor(browser(), member, '/re-review');

    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await page.waitForURL('**/account/password');
    await page.getByLabel('当前密码').fill(member.password);
    await page.getByLabel('新密码', { exact: true }).fill('short');
    await page.getByLabel('确认新密码').fill('short');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('新密码至少需要 10 个字符').waitFor();

    // Long enough for the form, too easy to guess for the server, which names the field and the rule.
    await page.getByLabel('新密码', { exact: true }).fill('password1234');
    await page.getByLabel('确认新密码').fill('password1234');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText(/过于简单，容易被猜中/).waitFor();
    await screenshot(page, 'password-too-easy');

    await page.getByLabel('当前密码').fill('not the current one');
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('确认新密码').fill(newPassword);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('与本账号的密码不符').waitFor();

    await page.getByLabel('当前密码').fill(member.password);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改，其他登录已失效').waitFor();

    // This browser has a fresh session and carries on.
    await page.getByRole('menuitem', { name: '复评投票' }).click();
    await page.getByRole('tab', { name: '复评项目' }).click();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();

    // The other browser's session was ended by the change.
    await elsewhere.page.reload();
    await elsewhere.page.waitForURL('**/login');
    await elsewhere.page.getByText('会话已过期，请重新登录').waitFor();
    await signIn(elsewhere.page, { ...member, password: newPassword });
    await elsewhere.page.waitForURL('**/re-review');
    await Promise.all([closeVisitor(context), closeVisitor(elsewhere.context)]);
  });
});
