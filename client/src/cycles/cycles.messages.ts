import { enumMessages } from '../app/labels';

const zhCN = {
  window: enumMessages('WindowKind', 'zh-CN'),
  windowTimes: '{{window}}时间：{{opensAt}} 至 {{closesAt}}（{{timeZone}}）',
  timeLeft: '距截止还有 {{days}} 天 {{hours}} 小时 {{minutes}} 分 {{seconds}} 秒',
  timeToOpen: '距开放还有 {{days}} 天 {{hours}} 小时 {{minutes}} 分 {{seconds}} 秒',
  closed: '{{window}}已截止，不能再填写或提交',
  notYetOpen: '{{window}}尚未开放，暂不能填写或提交',
};

const en: typeof zhCN = {
  window: enumMessages('WindowKind', 'en'),
  windowTimes: '{{window}} window: {{opensAt}} to {{closesAt}} ({{timeZone}})',
  timeLeft: '{{days}} d {{hours}} h {{minutes}} min {{seconds}} s left',
  timeToOpen: 'Opens in {{days}} d {{hours}} h {{minutes}} min {{seconds}} s',
  closed: 'The {{window}} window has closed: nothing can be filled in or submitted any more',
  notYetOpen: 'The {{window}} window is not open yet: nothing can be filled in or submitted',
};

export const cyclesMessages = { 'zh-CN': zhCN, en };
