const zhCN = {
  title: '我的提名',
  historyTitle: '办理记录',
  historyFailed: '办理记录加载失败',
  chooseNomination: '选择一个提名项目，查看其办理记录',
  sectionReasons: '分部分退回意见',
  openForm: '打开提名书',
  start: {
    button: '新建提名',
    title: '新建提名',
    intro: '如本单位尚未报名本年度质量技术创新活动，将先为本单位报名。',
    category: '奖项类别',
    projectName: '项目名称',
    projectNameRequired: '请填写项目名称',
    projectNameTooLong: '项目名称不超过 {{max}} 个字',
    field: '专业领域',
    fieldRequired: '请选择专业领域',
    create: '创建并开始填写',
    failed: '未能新建提名',
  },
  notifications: {
    label: '通知',
    empty: '暂无通知',
    markRead: '全部标为已读',
    change: '{{code}} {{projectName}}：{{status}}',
    failed: '通知加载失败',
  },
};

const en: typeof zhCN = {
  title: 'My nominations',
  historyTitle: 'History',
  historyFailed: 'The history could not be loaded',
  chooseNomination: 'Choose a nomination to see its history',
  sectionReasons: 'Reasons by section',
  openForm: 'Open the form',
  start: {
    button: 'Start a nomination',
    title: 'Start a nomination',
    intro:
      "If the organization has not signed up for this year's innovation activity yet, it is signed up first.",
    category: 'Category',
    projectName: 'Project name',
    projectNameRequired: 'Enter the project name',
    projectNameTooLong: 'The project name has at most {{max}} characters',
    field: 'Field of expertise',
    fieldRequired: 'Choose the field of expertise',
    create: 'Create and start filling in',
    failed: 'The nomination could not be started',
  },
  notifications: {
    label: 'Notifications',
    empty: 'No notifications',
    markRead: 'Mark all read',
    change: '{{code}} {{projectName}}: {{status}}',
    failed: 'The notifications could not be loaded',
  },
};

export const nominatorPortalMessages = { 'zh-CN': zhCN, en };
