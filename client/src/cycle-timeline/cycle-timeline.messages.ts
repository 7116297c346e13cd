// The windows' names come from the cycles namespace, as the nominators' notices name them.
const zhCN = {
  title: '评选时间安排',
  window: '阶段',
  opensAt: '开始时间',
  closesAt: '截止时间',
  edit: '修改',
  editTitle: '修改{{window}}时间',
  zoneHint: '按 {{timeZone}} 时间填写，精确到秒；开始时间计入，截止时间不计入。',
  save: '保存',
  cancel: '取消',
  saved: '{{window}}时间已更新',
  required: '请填写时间',
  loadFailed: '评选时间安排加载失败',
  failed: '保存失败：{{message}}',
};

const en: typeof zhCN = {
  title: 'Cycle timeline',
  window: 'Window',
  opensAt: 'Opens',
  closesAt: 'Closes',
  edit: 'Change',
  editTitle: 'Change the {{window}} window',
  zoneHint:
    'Times in {{timeZone}}, to the second; the window is open from its opening second up to, not including, its closing second.',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'The {{window}} window is updated',
  required: 'Enter a time',
  loadFailed: 'The timeline could not be loaded',
  failed: 'Not saved: {{message}}',
};

export const cycleTimelineMessages = { 'zh-CN': zhCN, en };
