import { NominationStatus as S } from '../nominations/nomination.enums.js';
import { NotificationKind } from './notification.entity.js';

/** 状态 in the words the nominator sees on screen (the client's zh-CN labels). */
const STATUS_ZH: Record<S, string> = {
  [S.DRAFT]: '草稿',
  [S.SUBMITTED]: '已提交',
  [S.RETURNED]: '已退回',
  [S.ACCEPTED]: '形式审查通过',
  [S.PRELIMINARY_REVIEW]: '初评中',
  [S.RE_REVIEW]: '复评中',
  [S.PUBLICITY]: '公示中',
  [S.APPROVED]: '已审定授奖',
  [S.NOT_AWARDED]: '未授奖',
  [S.WITHDRAWN]: '已撤回',
  [S.REVOKED]: '已撤销',
};

export interface NotificationMailFacts {
  kind: NotificationKind;
  code: string;
  projectName: string;
  toStatus: S | null;
  reason: string;
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

/** The e-mail copy of a notification: Chinese first, English after, and nothing a nominator may not read. */
export function notificationMail(facts: NotificationMailFacts): { subject: string; text: string } {
  if (facts.kind === NotificationKind.REVIEW_REMINDER || !facts.toStatus) return reminderMail(facts);
  const status = STATUS_ZH[facts.toStatus];
  const lines = [
    `您的提名项目 ${facts.code}「${facts.projectName}」状态已更新为：${status}。`,
    ...(facts.reason ? ['', `说明：${facts.reason}`] : []),
    '',
    '请登录质量技术奖评审平台查看详情。',
    '',
    `Your nomination ${facts.code} is now ${facts.toStatus}. Sign in to the award platform for details.`,
  ];
  return { subject: `【质量技术奖】${facts.code} ${status}`, text: lines.join('\n') };
}
