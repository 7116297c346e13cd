import type { MikroORM } from '@mikro-orm/postgresql';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Grade } from '../cycles/cycle.enums.js';
import type { NominationStatus } from '../nominations/nomination.enums.js';
import type { SectionReason } from '../nominations/nomination-transition.entity.js';
import type { TransitionNote } from '../nominations/transition-note.js';
import type { NotificationKind } from './notification.entity.js';
import { notificationMail } from './notification-mail.js';

export interface NotificationMailerOptions {
  orm: MikroORM;
  log: Logger;
  smtpUrl: string;
  from: string;
  pollMs: number;
}

interface PendingMail {
  id: string;
  email: string;
  code: string;
  project_name: string;
  kind: NotificationKind;
  to_status: NominationStatus | null;
  reason: string;
  section_reasons: SectionReason[];
  note: TransitionNote | null;
  note_grade: Grade | null;
}

/** A notification older than this is not mailed any more (say, SMTP was configured only later). */
const MAIL_WITHIN = '1 day';
/** Mails sent per round at most, so one round never runs for long. */
const BATCH = 20;

/**
 * The e-mail copies of notifications, sent from the table as an outbox: a notification is written with
 * its state change (one transaction), and mailed afterwards, so a rolled-back change sends nothing and a
 * crash loses no mail. Rows are claimed with SKIP LOCKED, so several API instances never mail one twice.
 */
export function startNotificationMailer(options: NotificationMailerOptions): { stop(): Promise<void> } {
  const transport = nodemailer.createTransport(options.smtpUrl);
  let running: Promise<void> = Promise.resolve();
  let isStopped = false;

  /** Claims, sends and marks one mail in one transaction: a failed send leaves it for the next round. */
  const sendOne = async (): Promise<boolean> =>
    options.orm.em.fork().transactional(async (tx) => {
      const [mail] = await tx.execute<PendingMail[]>(
        `select n.id, u.email, m.code, m.project_name, n.kind, n.to_status, n.reason,
           n.section_reasons, n.note, n.note_grade
         from notification n join app_user u on u.id = n.recipient_id join nomination m on m.id = n.nomination_id
         where n.emailed_at is null and n.created_at > now() - interval '${MAIL_WITHIN}' and not u.is_disabled
         order by n.created_at limit 1 for update of n skip locked`,
      );
      if (!mail) return false;
      const { subject, text } = notificationMail({
        kind: mail.kind,
        code: mail.code,
        projectName: mail.project_name,
        toStatus: mail.to_status,
        reason: mail.reason,
        sectionReasons: mail.section_reasons,
        note: mail.note,
        noteGrade: mail.note_grade,
      });
      await transport.sendMail({ from: options.from, to: mail.email, subject, text });
      await tx.execute('update notification set emailed_at = now() where id = ?', [mail.id]);
      return true;
    });
  const sendPending = async () => {
    for (let sent = 0; sent < BATCH && !isStopped && (await sendOne()); sent++);
  };
  let isBusy = false;
  const tick = () => {
    if (isBusy || isStopped) return;
    isBusy = true;
    running = sendPending()
      .catch((error) => options.log.warn({ err: error }, 'notification mail failed; retrying'))
      .finally(() => {
        isBusy = false;
      });
  };
  const timer = setInterval(tick, options.pollMs);
  timer.unref();
  return {
    async stop() {
      isStopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
