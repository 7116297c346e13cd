import type { AwardCategory, Grade, NominationStatus } from '@award/schema/generated/graphql';

const zhCN = {
  title: '提名项目',
  transitions: {
    sectionReasons: '退回意见',
  },
  column: {
    code: '提名编号',
    projectName: '项目名称',
    category: '奖项类别',
    field: '专业领域',
    nominator: '提名单位',
    status: '状态',
    proposedGrade: '建议等级',
  },
  filter: {
    category: '全部奖项类别',
    status: '全部状态',
    field: '全部专业领域',
    search: '搜索提名编号或项目名称',
    searchButton: '搜索',
  },
  category: {
    INVENTION: '质量技术发明奖',
    PROGRESS: '质量技术进步奖',
  } satisfies Record<AwardCategory, string>,
  status: {
    DRAFT: '草稿',
    SUBMITTED: '已提交',
    RETURNED: '已退回',
    ACCEPTED: '形式审查通过',
    PRELIMINARY_REVIEW: '初评中',
    RE_REVIEW: '复评中',
    PUBLICITY: '公示中',
    APPROVED: '已审定',
    NOT_AWARDED: '不授奖',
    WITHDRAWN: '已撤回',
    REVOKED: '已撤销',
  } satisfies Record<NominationStatus, string>,
  grade: {
    FIRST: '一等奖',
    SECOND: '二等奖',
    THIRD: '三等奖',
    NONE: '不授奖',
  } satisfies Record<Grade, string>,
  // A nominator may leave the grade to the committee instead of proposing one (提名书: 建议等级).
  committeeGrade: '接受评审委员会评定',
  loadFailed: '提名项目加载失败',
  detail: {
    back: '返回提名项目',
    loadFailed: '提名项目加载失败',
    toFormalReview: '前往形式审查',
  },
};

const en: typeof zhCN = {
  title: 'Nominations',
  transitions: {
    sectionReasons: 'Reasons for return',
  },
  column: {
    code: 'Code',
    projectName: 'Project name',
    category: 'Category',
    field: 'Field',
    nominator: 'Nominator',
    status: 'Status',
    proposedGrade: 'Proposed grade',
  },
  filter: {
    category: 'All categories',
    status: 'All statuses',
    field: 'All fields',
    search: 'Search by number or project name',
    searchButton: 'Search',
  },
  category: {
    INVENTION: 'Quality Technology Invention Award',
    PROGRESS: 'Quality Technology Progress Award',
  },
  status: {
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted',
    RETURNED: 'Returned',
    ACCEPTED: 'Passed formal review',
    PRELIMINARY_REVIEW: 'In preliminary review',
    RE_REVIEW: 'In re-review',
    PUBLICITY: 'In publicity',
    APPROVED: 'Approved',
    NOT_AWARDED: 'Not awarded',
    WITHDRAWN: 'Withdrawn',
    REVOKED: 'Revoked',
  },
  grade: {
    FIRST: 'First prize',
    SECOND: 'Second prize',
    THIRD: 'Third prize',
    NONE: 'No award',
  },
  committeeGrade: "Committee's grade",
  loadFailed: 'The nominations could not be loaded',
  detail: {
    back: 'Back to the nominations',
    loadFailed: 'The nomination could not be loaded',
    toFormalReview: 'Open its formal review',
  },
};

export const nominationsMessages = { 'zh-CN': zhCN, en };
