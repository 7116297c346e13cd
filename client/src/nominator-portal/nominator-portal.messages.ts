import type { NominationNextStep } from '@award/schema/generated/graphql';

const zhCN = {
  title: '我的提名',
  historyTitle: '办理记录',
  historyFailed: '办理记录加载失败',
  listFailed: '提名项目加载失败',
  fillForm: '填写提名书',
  correctForm: '修改提名书',
  nextStep: {
    column: '下一步',
    COMPLETE_FORM: '填写完整提名书',
    PRINT_AND_UPLOAD: '下载提名书和承诺书，盖章签字后上传',
    SUBMIT: '材料齐全，可以提交',
    AWAIT_FORMAL_REVIEW: '等待形式审查',
    CORRECT_AND_RESUBMIT: '按退回意见修改后重新提交',
    AWAIT_REVIEW: '等待评审',
    AWAIT_RESULT: '等待评审结果',
    NONE: '无需操作',
  } satisfies Record<NominationNextStep | 'column', string>,
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
  listFailed: 'The nominations could not be loaded',
  fillForm: 'Fill in the form',
  correctForm: 'Correct the form',
  nextStep: {
    column: 'Next step',
    COMPLETE_FORM: 'Complete the form',
    PRINT_AND_UPLOAD: 'Download the form and the pledge, stamp and sign them, and upload them',
    SUBMIT: 'Everything is there: submit',
    AWAIT_FORMAL_REVIEW: 'Waiting for the formal review',
    CORRECT_AND_RESUBMIT: 'Correct it as the reasons say and submit it again',
    AWAIT_REVIEW: 'Waiting for the review',
    AWAIT_RESULT: 'Waiting for the result',
    NONE: 'Nothing to do',
  },
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
