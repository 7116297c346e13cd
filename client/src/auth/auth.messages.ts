import type { Role } from '@award/schema/generated/graphql';

const zhCN = {
  title: '登录',
  email: '邮箱',
  password: '密码',
  submit: '登录',
  emailRequired: '请输入邮箱',
  emailInvalid: '邮箱格式不正确',
  passwordRequired: '请输入密码',
  signInFailed: '登录失败',
  signOut: '退出登录',
  role: {
    SECRETARIAT: '秘书处',
    CHAIR: '评审委员会主任',
    COMMITTEE_MEMBER: '评审委员',
    EXPERT: '评审专家',
    NOMINATOR: '提名单位',
  } satisfies Record<Role, string>,
};

const en: typeof zhCN = {
  title: 'Sign in',
  email: 'Email',
  password: 'Password',
  submit: 'Sign in',
  emailRequired: 'Enter your email',
  emailInvalid: 'This is not an email address',
  passwordRequired: 'Enter your password',
  signInFailed: 'Sign-in failed',
  signOut: 'Sign out',
  role: {
    SECRETARIAT: 'Secretariat',
    CHAIR: 'Committee chair',
    COMMITTEE_MEMBER: 'Committee member',
    EXPERT: 'Expert',
    NOMINATOR: 'Nominator',
  },
};

export const authMessages = { 'zh-CN': zhCN, en };
