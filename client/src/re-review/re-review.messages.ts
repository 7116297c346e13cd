const zhCN = {
  title: '复评项目',
  intro: '提交评审委员会复评的项目，附初评结果。复评会议以无记名投票评定等级。',
};

const en: typeof zhCN = {
  title: 'Re-review',
  intro:
    'The nominations before the committee, with their preliminary results. The committee decides grades by secret ballot.',
};

export const reReviewMessages = { 'zh-CN': zhCN, en };
