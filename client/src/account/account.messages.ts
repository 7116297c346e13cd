const zhCN = {
  title: '修改密码',
  intro: '修改密码后，该账户在其他设备和浏览器上的登录将全部失效。',
  currentPassword: '当前密码',
  currentPasswordRequired: '请输入当前密码',
  newPassword: '新密码',
  newPasswordRequired: '请输入新密码',
  newPasswordRules:
    '至少 {{count}} 个字符；不要使用常见词语、键盘序列、您的电子邮箱或姓名，可用几个不相关的词组成。',
  newPasswordTooShort: '新密码至少需要 {{count}} 个字符',
  confirmation: '确认新密码',
  confirmationRequired: '请再次输入新密码',
  confirmationMismatch: '两次输入的新密码不一致',
  submit: '修改密码',
  changed: '密码已修改，其他登录已失效',
  failed: '密码修改失败',
};

const en: typeof zhCN = {
  title: 'Change password',
  intro: "After the change, this account's sessions on other devices and browsers end.",
  currentPassword: 'Current password',
  currentPasswordRequired: 'Enter your current password',
  newPassword: 'New password',
  newPasswordRequired: 'Enter a new password',
  newPasswordRules:
    'At least {{count}} characters; no common words, keyboard runs, email or name. A few unrelated words work well.',
  newPasswordTooShort: 'The new password needs at least {{count}} characters',
  confirmation: 'Confirm the new password',
  confirmationRequired: 'Enter the new password again',
  confirmationMismatch: 'The two new passwords differ',
  submit: 'Change password',
  changed: 'Password changed; other sessions have ended',
  failed: 'The password could not be changed',
};

export const accountMessages = { 'zh-CN': zhCN, en };
