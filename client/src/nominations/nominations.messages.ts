import { reviewTerms } from '@award/schema/terms';
import { enumMessages } from '../app/labels';

const zhCN = {
  title: '提名项目',
  transitions: {
    sectionReasons: '退回意见',
    // The system's note on a change, with the grade it names (publicity, approval).
    noteWithGrade: '{{note}}：{{grade}}',
    sectionReason: '{{section}}：{{reason}}',
  },
  note: enumMessages('TransitionNote', 'zh-CN'),
  section: enumMessages('FormSection', 'zh-CN'),
  column: {
    code: '提名编号',
    projectName: '项目名称',
    category: '奖项类别',
    field: '专业领域',
    nominator: '提名单位',
    status: '状态',
    proposedGrade: reviewTerms.proposedGrade.zh,
  },
  filter: {
    category: '全部奖项类别',
    status: '全部状态',
    field: '全部专业领域',
    search: '搜索提名编号或项目名称',
    searchButton: '搜索',
  },
  category: enumMessages('AwardCategory', 'zh-CN'),
  status: enumMessages('NominationStatus', 'zh-CN'),
  grade: enumMessages('Grade', 'zh-CN'),
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
    noteWithGrade: '{{note}}: {{grade}}',
    sectionReason: '{{section}}: {{reason}}',
  },
  note: enumMessages('TransitionNote', 'en'),
  section: enumMessages('FormSection', 'en'),
  column: {
    code: 'Code',
    projectName: 'Project name',
    category: 'Category',
    field: 'Field',
    nominator: 'Nominator',
    status: 'Status',
    proposedGrade: reviewTerms.proposedGrade.en,
  },
  filter: {
    category: 'All categories',
    status: 'All statuses',
    field: 'All fields',
    search: 'Search by number or project name',
    searchButton: 'Search',
  },
  category: enumMessages('AwardCategory', 'en'),
  status: enumMessages('NominationStatus', 'en'),
  grade: enumMessages('Grade', 'en'),
  committeeGrade: "Committee's grade",
  loadFailed: 'The nominations could not be loaded',
  detail: {
    back: 'Back to the nominations',
    loadFailed: 'The nomination could not be loaded',
    toFormalReview: 'Open its formal review',
  },
};

export const nominationsMessages = { 'zh-CN': zhCN, en };
