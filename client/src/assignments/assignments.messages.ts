import type { AssignmentResponse, ScoreSheetStatus } from '@award/schema/generated/graphql';
import { enumMessages } from '../app/labels';

const zhCN = {
  title: '评审任务',
  intro: '分配给您的评审项目。接受公正性与保密声明后方可查看项目材料；回避或谢绝的项目不再显示内容。',
  loadFailed: '评审任务加载失败',
  nominationHidden: '不可查看（未接受声明、已谢绝或已回避）',
  column: {
    nomination: '提名项目',
    stage: '评审阶段',
    status: '任务状态',
    dueAt: '截止时间',
    scoreSheet: '评分表',
    actions: '操作',
  },
  overdue: '已逾期',
  declaration: {
    title: '评审专家公正性与保密承诺书',
    accept: '我已阅读并接受',
    failed: '接受声明失败：{{message}}',
  },
  respond: {
    ACCEPT: '接受',
    DECLINE: '谢绝',
    RECUSE: '回避',
    title: { DECLINE: '谢绝评审 {{code}}', RECUSE: '申请回避 {{code}}' },
    reason: '原因',
    reasonRequired: '请填写原因',
    recuseWarning: '回避是最终决定：将记录为您对该项目的利益冲突，此后不能再评审或查看该项目。',
    cancel: '取消',
    failed: '操作未完成：{{message}}',
    done: { ACCEPT: '已接受评审任务', DECLINE: '已谢绝评审任务', RECUSE: '已回避该项目' } satisfies Record<
      AssignmentResponse,
      string
    >,
  },
  stage: enumMessages('ReviewStage', 'zh-CN'),
  status: enumMessages('AssignmentStatus', 'zh-CN'),
  sheet: {
    none: '未开始',
    DRAFT: '草稿',
    SUBMITTED: '已提交',
    total: '{{total}} 分',
  } satisfies Record<ScoreSheetStatus | 'none' | 'total', string>,
};

const en: typeof zhCN = {
  title: 'Review assignments',
  intro:
    'The nominations you were asked to review. Their material opens once you accept the impartiality and confidentiality declaration; declined and recused ones stay closed.',
  loadFailed: 'The assignments could not be loaded',
  nominationHidden: 'Not visible (declaration not accepted, declined or recused)',
  column: {
    nomination: 'Nomination',
    stage: 'Stage',
    status: 'Status',
    dueAt: 'Due',
    scoreSheet: 'Score sheet',
    actions: 'Actions',
  },
  overdue: 'overdue',
  declaration: {
    title: 'Impartiality and confidentiality declaration',
    accept: 'I have read and accept it',
    failed: 'The declaration could not be accepted: {{message}}',
  },
  respond: {
    ACCEPT: 'Accept',
    DECLINE: 'Decline',
    RECUSE: 'Recuse',
    title: { DECLINE: 'Decline to review {{code}}', RECUSE: 'Recuse yourself from {{code}}' },
    reason: 'Reason',
    reasonRequired: 'Please give a reason',
    recuseWarning:
      'A recusal is final: it is recorded as your conflict of interest with this nomination, which you can then no longer review or see.',
    cancel: 'Cancel',
    failed: 'Not done: {{message}}',
    done: { ACCEPT: 'Assignment accepted', DECLINE: 'Assignment declined', RECUSE: 'You are recused' },
  },
  stage: enumMessages('ReviewStage', 'en'),
  status: enumMessages('AssignmentStatus', 'en'),
  sheet: {
    none: 'Not started',
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted',
    total: '{{total}} points',
  },
};

export const assignmentsMessages = { 'zh-CN': zhCN, en };
