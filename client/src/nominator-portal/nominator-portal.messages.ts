const zhCN = {
  title: '我的提名',
  historyTitle: '办理记录',
  historyFailed: '办理记录加载失败',
  chooseNomination: '选择一个提名项目，查看其办理记录',
};

const en: typeof zhCN = {
  title: 'My nominations',
  historyTitle: 'History',
  historyFailed: 'The history could not be loaded',
  chooseNomination: 'Choose a nomination to see its history',
};

export const nominatorPortalMessages = { 'zh-CN': zhCN, en };
