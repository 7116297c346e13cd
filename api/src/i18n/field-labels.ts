import { reviewTerms } from '@award/schema/terms';

/**
 * The Chinese names of the fields a refusal can name, as the forms label them. A field path such as
 * `completers[2].idDocumentNumber` or `scores[0].points (INV_ORIGINALITY)` is read segment by segment.
 */
const LABELS: Record<string, string> = {
  // The nomination form (award-rules.md, What a nomination holds).
  projectName: '项目名称',
  category: '奖项类别',
  fieldId: '专业领域',
  startDate: '项目起始日期',
  endDate: '项目完成日期',
  inventionPatentCount: '授权发明专利数',
  otherIpCount: '其他知识产权数',
  proposedGrade: reviewTerms.proposedGrade.zh,
  completers: '主要完成人',
  completingOrganizationIds: '主要完成单位',
  summary: '项目简介',
  innovations: '主要技术创新点',
  objectiveEvaluation: '客观评价',
  applications: '推广应用情况',
  economicBenefits: '经济效益表',
  economicBasis: '经济效益计算依据',
  socialBenefit: '社会效益',
  intellectualProperty: '知识产权目录',
  nominatorOpinion: '提名意见',
  industry: '国民经济行业',
  taskSource: '任务来源',
  completingOrganizations: '主要完成单位',
  declaresTruthfulness: '真实性声明',
  declaresNoFee: '不收费声明',
  reasons: '退回理由',
  // Files and imports.
  file: '文件',
  fileName: '文件名',
  fileBase64: '文件内容',
  purpose: '材料类型',
  evidenceKind: '证实性材料类别',
  // Accounts and sign-in.
  email: '电子邮箱',
  displayName: '姓名',
  role: '角色',
  organizationId: '所属单位',
  currentPassword: '当前密码',
  newPassword: '新密码',
  password: '密码',
  // Lists, ids and windows.
  first: '每页条数',
  after: '分页位置',
  id: '编号',
  ids: '编号',
  cycleId: '评选年度',
  nominationId: '提名项目',
  nominationIds: '提名项目',
  expertId: '专家',
  assignmentId: '评审任务',
  assignmentIds: '评审任务',
  ballotId: '表决',
  fileId: '文件',
  actorId: '操作人',
  opensAt: '开始时间',
  closesAt: '截止时间',
  until: '延期至',
  reason: '理由',
  note: '审查意见',
  // Experts.
  name: '姓名',
  title: '职称',
  idDocumentNumber: '证件号码',
  maxLoad: '评审数量上限',
  employerId: '工作单位',
  creditCode: '统一社会信用代码',
  accountId: '登录账号',
  fields: '专业领域',
  employments: '工作经历',
  conflicts: '回避关系',
  version: '声明版本',
  // Scoring and re-review.
  criteria: '评分指标',
  scores: '评分指标',
  overallOpinion: '总体评价意见',
  recommendedGrade: reviewTerms.sheetRecommendedGrade.zh,
  grade: '等级',
  membersPresent: '到会委员人数',
  pairs: '分配',
  remove: '移除项',
};

/** How an item of a list is counted: 第3位 (a person), 第2家 (an organization), 第1项 otherwise. */
const ITEM_UNITS: Record<string, string> = {
  completers: '位',
  completingOrganizationIds: '家',
  applications: '行',
  economicBenefits: '行',
};

/** Where a list's items name their parts differently from the top level. */
const ITEM_LABELS: Record<string, Record<string, string>> = {
  completers: { name: '姓名', employer: '工作单位', title: '技术职称', idDocumentNumber: '证件号码' },
  applications: {
    userOrganization: '应用单位',
    technologyApplied: '应用技术',
    period: '应用起止时间',
    contact: '联系人及电话',
    benefit: '应用效益',
  },
  economicBenefits: {
    year: '年份',
    newSales: '新增销售额',
    newProfit: '新增利润',
    newTax: '新增税收',
    foreignExchange: '创收外汇',
    savings: '节支总额',
  },
  intellectualProperty: { title: '名称', number: '编号', holder: '权利人', grantedOn: '授权（发布）日期' },
  reasons: { reason: '理由', section: '部分' },
  fields: { fieldId: '专业领域', isPrimary: '主要领域' },
  employments: { organizationId: '单位', startedOn: '起始日期', endedOn: '结束日期' },
  conflicts: { organizationId: '单位', nominationId: '提名项目', reason: '理由' },
  criteria: {
    code: '代码',
    name: '名称',
    description: '说明',
    nameZh: '中文名称',
    nameEn: '英文名称',
    descriptionZh: '中文说明',
    descriptionEn: '英文说明',
    maxPoints: '满分',
    levels: '等级',
  },
  levels: {
    level: '等级',
    minPercent: '最低比例',
    maxPercent: '最高比例',
    descriptorZh: '中文等级描述',
    descriptorEn: '英文等级描述',
  },
  scores: { criterionId: '评分指标', level: '等级', points: '得分', comment: '评语' },
};

const SEGMENT = /^(\w+)(?:\[(\d+)\])?$/;

/**
 * The Chinese label of a field path: `completers[2].idDocumentNumber` → 主要完成人（第3位）证件号码,
 * `scores[0].points (INV_ORIGINALITY)` → 评分指标（第1项）得分（INV_ORIGINALITY）. A path with a part
 * the dictionary lacks is returned as it is.
 */
export function fieldLabel(path: string): string {
  const [, fieldPath, code] = /^(.*?)(?: \((\w+)\))?$/.exec(path) ?? [];
  let label = '';
  let list: string | undefined;
  for (const segment of fieldPath.split('.')) {
    const [, name, index] = SEGMENT.exec(segment) ?? [];
    const named = name && ((list && ITEM_LABELS[list]?.[name]) ?? LABELS[name]);
    if (!named) return path;
    label += named;
    if (index !== undefined) label += `（第${Number(index) + 1}${ITEM_UNITS[name] ?? '项'}）`;
    list = name;
  }
  return code ? `${label}（${code}）` : label;
}

/** The Chinese names of the records a NOT_FOUND names (the entity classes). */
const RECORD_LABELS: Record<string, string> = {
  Nomination: '提名项目',
  NominationFile: '文件',
  Organization: '单位',
  User: '账号',
  AwardCycle: '评选年度',
  CycleWindow: '时间窗口',
  ExpertiseField: '专业领域',
  Expert: '专家',
  Assignment: '评审任务',
  AssignmentProposal: '分配方案',
  ScoreSheet: '评分表',
  Rubric: '评分细则',
  ReReviewBallot: '复评表决',
  Objection: '异议',
};

export function recordLabel(entityName: string): string {
  return RECORD_LABELS[entityName] ?? entityName;
}
