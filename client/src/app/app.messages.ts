const zhCN = {
  platformName: '质量技术奖评审平台',
  languageSwitch: '界面语言',
  menu: {
    nominations: '提名项目',
  },
  notFound: '页面不存在',
  backHome: '返回首页',
};

const en: typeof zhCN = {
  platformName: 'Quality Technology Award Review Platform',
  languageSwitch: 'Interface language',
  menu: {
    nominations: 'Nominations',
  },
  notFound: 'This page does not exist',
  backHome: 'Back to the start page',
};

export const appMessages = { 'zh-CN': zhCN, en };
export type AppMessages = typeof zhCN;
