const zhCN = {
  platformName: '质量技术奖评审平台',
  languageSwitch: '界面语言',
  menuLabel: '功能菜单',
  menu: {
    secretariat: '秘书处工作台',
    formalReview: '形式审查',
    assignmentBoard: '专家分配',
    expertPool: '专家库',
    chairConsole: '主任控制台',
    reReview: '复评项目',
    assignments: '评审任务',
    nominatorPortal: '我的提名',
    nominations: '提名项目',
    audit: '审计日志',
    password: '修改密码',
  },
  notFound: '页面不存在',
  notForYourRole: '您的角色不能使用此页面',
  backHome: '返回首页',
  shownOfTotal: '已显示 {{shown}} 条，共 {{total}} 条',
  loadMore: '加载更多',
  noCycle: '尚未设立年度评选',
};

const en: typeof zhCN = {
  platformName: 'Quality Technology Award Review Platform',
  languageSwitch: 'Interface language',
  menuLabel: 'Menu',
  menu: {
    secretariat: 'Secretariat desk',
    formalReview: 'Formal review',
    assignmentBoard: 'Assignment',
    expertPool: 'Expert pool',
    chairConsole: "Chair's console",
    reReview: 'Re-review',
    assignments: 'Review assignments',
    nominatorPortal: 'My nominations',
    nominations: 'Nominations',
    audit: 'Audit log',
    password: 'Change password',
  },
  notFound: 'This page does not exist',
  notForYourRole: 'This page is not for your role',
  backHome: 'Back to the start page',
  shownOfTotal: 'Showing {{shown}} of {{total}}',
  loadMore: 'Load more',
  noCycle: 'No award cycle has been set up yet',
};

export const appMessages = { 'zh-CN': zhCN, en };
export type AppMessages = typeof zhCN;
