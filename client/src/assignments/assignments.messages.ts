import type { AssignmentStatus, ReviewStage, ScoreSheetStatus } from '@award/schema/generated/graphql';

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
  },
  stage: { PRELIMINARY: '初评' } satisfies Record<ReviewStage, string>,
  status: {
    PENDING: '待确认',
    ACCEPTED: '已接受',
    DECLINED: '已谢绝',
    RECUSED: '已回避',
  } satisfies Record<AssignmentStatus, string>,
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
  },
  stage: { PRELIMINARY: 'Preliminary review' },
  status: {
    PENDING: 'Pending',
    ACCEPTED: 'Accepted',
    DECLINED: 'Declined',
    RECUSED: 'Recused',
  },
  sheet: {
    none: 'Not started',
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted',
    total: '{{total}} points',
  },
};

export const assignmentsMessages = { 'zh-CN': zhCN, en };
