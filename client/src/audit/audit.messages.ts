/** The kinds of record the trail holds, for its filter. */
export const auditEntityTypes = ['Nomination', 'ScoreSheet', 'Session', 'User'] as const;
type AuditEntityType = (typeof auditEntityTypes)[number];

const zhCN = {
  title: '审计日志',
  loadFailed: '审计日志加载失败',
  chainIntact: '审计链完整（已核验 {{count}} 条）',
  chainBroken: '审计链自记录 {{id}} 起被改动',
  system: '系统',
  filter: { entityType: '全部对象' },
  column: { at: '时间', actor: '操作人', action: '操作', entity: '对象', after: '内容' },
  action: {
    SIGNED_IN: '登录',
    SIGNED_OUT: '退出登录',
    PASSWORD_CHANGED: '修改密码',
    ACCOUNT_CREATED: '创建账户',
    ACCOUNT_DISABLED: '停用账户',
    ACCOUNT_ENABLED: '启用账户',
    NOMINATION_STATUS_CHANGED: '提名状态变更',
    READ: '查阅',
  },
  entityType: {
    Nomination: '提名',
    ScoreSheet: '评分表',
    Session: '会话',
    User: '账户',
  } satisfies Record<AuditEntityType, string>,
};

const en: typeof zhCN = {
  title: 'Audit log',
  loadFailed: 'The audit log could not be loaded',
  chainIntact: 'Audit chain intact ({{count}} records checked)',
  chainBroken: 'The audit chain was altered from record {{id}} on',
  system: 'System',
  filter: { entityType: 'All records' },
  column: { at: 'Time', actor: 'Actor', action: 'Action', entity: 'Record', after: 'Details' },
  action: {
    SIGNED_IN: 'Signed in',
    SIGNED_OUT: 'Signed out',
    PASSWORD_CHANGED: 'Password changed',
    ACCOUNT_CREATED: 'Account created',
    ACCOUNT_DISABLED: 'Account disabled',
    ACCOUNT_ENABLED: 'Account enabled',
    NOMINATION_STATUS_CHANGED: 'Nomination status changed',
    READ: 'Read',
  },
  entityType: {
    Nomination: 'Nomination',
    ScoreSheet: 'Score sheet',
    Session: 'Session',
    User: 'Account',
  },
};

export const auditMessages = { 'zh-CN': zhCN, en };
