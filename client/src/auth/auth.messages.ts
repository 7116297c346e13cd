import { enumMessages } from '../app/labels';

const zhCN = {
  title: '登录',
  email: '电子邮箱',
  password: '密码',
  submit: '登录',
  emailRequired: '请输入电子邮箱',
  emailInvalid: '电子邮箱格式不正确',
  passwordRequired: '请输入密码',
  signInFailed: '登录失败',
  signOut: '退出登录',
  sessionExpired: '会话已过期，请重新登录',
  signedOutElsewhere: '您已在其他窗口退出登录',
  sessionEndsSoon: '您的登录将于 {{time}} 过期，请及时保存，之后需要重新登录',
  viewerFailed: '无法确认登录状态',
  retry: '重试',
  role: enumMessages('Role', 'zh-CN'),
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
  sessionExpired: 'Your session has expired; please sign in again',
  signedOutElsewhere: 'You signed out in another window',
  sessionEndsSoon: 'Your session ends at {{time}}: save your work, then sign in again',
  viewerFailed: 'Could not check who is signed in',
  retry: 'Try again',
  role: enumMessages('Role', 'en'),
};

export const authMessages = { 'zh-CN': zhCN, en };
