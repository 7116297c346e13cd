import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

interface ReceivedMail {
  to: string[];
  raw: string;
}

/** An SMTP server on a free port that keeps what it receives: the edge we do not own, faked. */
async function startMailbox(): Promise<{ url: string; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The text of a single-part mail as nodemailer writes it: quoted-printable or base64 UTF-8. */
function bodyOf(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split);
  const body = raw.slice(split).trim();
  if (/content-transfer-encoding:\s*base64/i.test(headers)) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Issue 4, status for nominators: a state change also reaches the nominator by e-mail when SMTP is set. */
describe('notification e-mails', () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let api: TestApi;
  let db: pg.Client;

  beforeAll(async () => {
    mailbox = await startMailbox();
    api = await startTestApi({ settings: { SMTP_URL: mailbox.url, MAIL_POLL_MS: '100' } });
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await mailbox.close();
  });

  it("mails a return, with its reasons, to the nominating organization's accounts once, and marks it sent", async () => {
    const { rows } = await db.query(`select n.id, n.code, n.project_name, u.email from nomination n
      join app_user u on u.organization_id = n.nominator_id
      where n.status = 'SUBMITTED' order by n.code limit 1`);
    const [nomination] = rows;
    const secretariat = await api.login('secretariat@example.com');
    const returned = await api.graphql(
      'mutation ($id: ID!) { returnNomination(id: $id, reasons: [{ section: IP, reason: "专利证书复印件不清晰" }]) { status } }',
      { id: nomination.id },
      secretariat,
    );
    expect(returned.errors).toBeUndefined();

    const mail = await waitFor(
      () => mailbox.received.find((received) => received.to.includes(nomination.email)),
      'the mail',
    );
    const body = bodyOf(mail.raw);
    expect(body).toContain(nomination.code);
    expect(body).toContain(nomination.project_name);
    expect(body).toContain('已退回');
    expect(body).toContain('专利证书复印件不清晰');
    expect(mail.to).toEqual([nomination.email]);

    const emailedAt = await waitFor(async () => {
      const stored = await db.query('select emailed_at from notification where nomination_id = $1', [
        nomination.id,
      ]);
      expect(stored.rows).toHaveLength(1);
      return stored.rows[0].emailed_at ?? undefined;
    }, 'the mail marked sent');
    expect(emailedAt).toBeInstanceOf(Date);
    // Several rounds later, still one mail.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(mailbox.received.filter((received) => received.to.includes(nomination.email))).toHaveLength(1);
  });

  it('reminds the experts of overdue reviews, in the app and by mail, and skips submitted ones', async () => {
    const { rows } = await db.query(`select a.id, u.email, n.code, s.status from assignment a
      join expert e on e.id = a.expert_id join app_user u on u.id = e.user_id join nomination n on n.id = a.nomination_id
      left join score_sheet s on s.assignment_id = a.id
      where a.status in ('PENDING', 'ACCEPTED') and n.status = 'PRELIMINARY_REVIEW'
      order by (s.status = 'SUBMITTED') nulls first, a.id`);
    const open = rows.find((row) => row.status !== 'SUBMITTED');
    const submitted = rows.find((row) => row.status === 'SUBMITTED');
    const chair = await api.login('chair@example.com');
    const reminded = await api.graphql<{ remindReviewers: number }>(
      'mutation ($ids: [ID!]!) { remindReviewers(assignmentIds: $ids) }',
      { ids: [open.id, submitted.id] },
      chair,
    );
    expect(reminded.data?.remindReviewers).toBe(1);
    const expert = await api.login(open.email);
    const inbox = await api.graphql<{
      myNotifications: { kind: string; nomination: { code: string } | null }[];
    }>('{ myNotifications { kind nomination { code } } }', {}, expert);
    expect(inbox.data?.myNotifications).toContainEqual({
      kind: 'REVIEW_REMINDER',
      nomination: { code: open.code },
    });
    const mail = await waitFor(
      () =>
        mailbox.received.find(
          (received) => received.to.includes(open.email) && bodyOf(received.raw).includes(open.code),
        ),
      'the reminder',
    );
    expect(bodyOf(mail.raw)).toContain('尚未提交');
  });
});
