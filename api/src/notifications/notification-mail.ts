import { enumLabel, type LabelLanguage } from '@award/schema/labels';
import type { Grade } from '../cycles/cycle.enums.js';
import type { NominationStatus } from '../nominations/nomination.enums.js';
import type { SectionReason } from '../nominations/nomination-transition.entity.js';
import type { TransitionNote } from '../nominations/transition-note.js';
import { NotificationKind } from './notification.entity.js';

export interface NotificationMailFacts {
  kind: NotificationKind;
  code: string;
  projectName: string;
  toStatus: NominationStatus | null;
  /** what a person wrote, as written */
  reason: string;
  sectionReasons: SectionReason[];
  note: TransitionNote | null;
  noteGrade: Grade | null;
}

/** A reminder names the review by its code only: an expert may not have accepted the declaration yet. */
function reminderMail(facts: NotificationMailFacts): { subject: string; text: string } {
  const due = facts.reason
    ? new Date(facts.reason).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
    : '';
  const lines = [
    `您有一项评审任务尚未提交：${facts.code}${due ? `，评审截止：${due}（北京时间）` : ''}。`,
    '',
    '请登录质量技术奖评审平台完成评分。',
    '',
    `A review of yours, ${facts.code}, is not submitted yet. Sign in to the award platform to score it.`,
  ];
  return { subject: `【质量技术奖】评审提醒：${facts.code}`, text: lines.join('\n') };
}

/** Why the change was made, in one language: the system's note, a return's sections, what a person wrote. */
function whyIn(facts: NotificationMailFacts, language: LabelLanguage): string[] {
  const colon = language === 'zh' ? '：' : ': ';
  const note = facts.note && enumLabel('TransitionNote', facts.note, language);
  const grade = facts.noteGrade && enumLabel('Grade', facts.noteGrade, language);
  return [
    ...(note ? [grade ? `${note}${colon}${grade}` : note] : []),
    ...facts.sectionReasons.map(
      ({ section, reason }) => `${enumLabel('FormSection', section, language)}${colon}${reason}`,
    ),
    ...(facts.reason ? [facts.reason] : []),
  ];
}

/** The e-mail copy of a notification: Chinese first, English after, and nothing a nominator may not read. */
export function notificationMail(facts: NotificationMailFacts): { subject: string; text: string } {
  if (facts.kind === NotificationKind.REVIEW_REMINDER || !facts.toStatus) return reminderMail(facts);
  const status = (language: LabelLanguage) =>
    enumLabel('NominationStatus', facts.toStatus as NominationStatus, language);
  const whyZh = whyIn(facts, 'zh');
  const whyEn = whyIn(facts, 'en');
  const lines = [
    `您的提名项目 ${facts.code}「${facts.projectName}」状态已更新为：${status('zh')}。`,
    ...(whyZh.length ? ['', '说明：', ...whyZh] : []),
    '',
    '请登录质量技术奖评审平台查看详情。',
    '',
    `Your nomination ${facts.code} is now: ${status('en')}. Sign in to the award platform for details.`,
    ...(whyEn.length ? ['', 'Why:', ...whyEn] : []),
  ];
  return { subject: `【质量技术奖】${facts.code} ${status('zh')}`, text: lines.join('\n') };
}
