import { describe, expect, it } from 'vitest';
import { demoAccount } from './api';
import { connectSharedBrowser } from './browser';
import { clientUrl, closeVisitor, newVisitor, signIn } from './pages';
import { screenshot } from './screenshots';

// An account of its own: a wrong password counts against the account's sign-in limit.
const account = demoAccount('nominator27@example.com');

/** The sign-in page says one word for the address (电子邮箱), and a refusal does not outlive the attempt. */
describe('the sign-in page', () => {
  const browser = connectSharedBrowser();

  it('calls the address 电子邮箱 throughout, in its label and its checks', async () => {
    const { page, context } = await newVisitor(browser());
    try {
      await page.goto(clientUrl('/login'));
      await page.getByLabel('电子邮箱', { exact: true }).fill('not-an-address');
      await page.getByRole('button', { name: /登\s?录/ }).click();
      await page.getByText(/邮箱格式不正确/).waitFor();
      await screenshot(page, 'sign-in-checks');
      const text = (await page.locator('body').textContent()) ?? '';
      expect(text.replaceAll('电子邮箱', '')).not.toContain('邮箱');
    } finally {
      await closeVisitor(context);
    }
  });

  it('takes the refusal away once the user types again, and signs in on the next try', async () => {
    const { page, context } = await newVisitor(browser());
    try {
      await page.goto(clientUrl('/login'));
      await signIn(page, { ...account, password: 'not-the-password' });
      const refusal = page.getByRole('alert').filter({ hasText: '登录失败' });
      await refusal.waitFor();
      await page.getByLabel('密码').fill(account.password.slice(0, 4));
      await screenshot(page, 'sign-in-typed-again');
      await refusal.waitFor({ state: 'detached' });
      await signIn(page, account);
      await page.waitForURL((url) => url.pathname !== '/login');
      expect(await page.getByText('登录失败').count()).toBe(0);
    } finally {
      await closeVisitor(context);
    }
  });
});
