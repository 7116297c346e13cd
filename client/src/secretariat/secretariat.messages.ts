const zhCN = {
  title: '秘书处工作台',
  countsTitle: '本年度提名项目（按状态）',
  allNominations: '全部提名',
  toNominations: '提名项目列表',
  toAudit: '审计日志',
  countsFailed: '统计数据加载失败',
};

const en: typeof zhCN = {
  title: 'Secretariat desk',
  countsTitle: "This cycle's nominations by status",
  allNominations: 'All nominations',
  toNominations: 'Nomination list',
  toAudit: 'Audit log',
  countsFailed: 'The counts could not be loaded',
};

export const secretariatMessages = { 'zh-CN': zhCN, en };
