import type { Labels } from './label.js';

/** The labels of the people and the steps of review, re-review and closing (award-rules.md). */
export const reviewLabels = {
  Role: {
    SECRETARIAT: { zh: '秘书处', en: 'Secretariat' },
    CHAIR: { zh: '评审委员会主任', en: 'Committee chair' },
    COMMITTEE_MEMBER: { zh: '评审委员', en: 'Committee member' },
    EXPERT: { zh: '评审专家', en: 'Expert' },
    NOMINATOR: { zh: '提名单位', en: 'Nominator' },
  } satisfies Labels,
  AssignmentStatus: {
    PENDING: { zh: '待确认', en: 'Pending' },
    ACCEPTED: { zh: '已接受', en: 'Accepted' },
    DECLINED: { zh: '已谢绝', en: 'Declined' },
    RECUSED: { zh: '已回避', en: 'Recused' },
  } satisfies Labels,
  AssignmentResponse: {
    ACCEPT: { zh: '接受', en: 'Accept' },
    DECLINE: { zh: '谢绝', en: 'Decline' },
    RECUSE: { zh: '回避', en: 'Recuse' },
  } satisfies Labels,
  ProposalStatus: {
    DRAFT: { zh: '草稿', en: 'Draft' },
    COMMITTED: { zh: '已提交', en: 'Committed' },
    DISCARDED: { zh: '已放弃', en: 'Discarded' },
  } satisfies Labels,
  // Why an expert may not review a nomination (award-rules.md, Conflicts of interest).
  ConflictRule: {
    EMPLOYER_IS_NOMINATOR: { zh: '所在单位是提名单位', en: 'Works for the nominator' },
    EMPLOYER_IS_COMPLETING_ORGANIZATION: {
      zh: '所在单位是主要完成单位',
      en: 'Works for a completing organization',
    },
    RECENT_EMPLOYER: {
      zh: '近年曾任职于提名或完成单位',
      en: 'Recently worked for the nominator or a completing organization',
    },
    COMPLETER_THIS_CYCLE: { zh: '是本年度项目的主要完成人', en: 'Is a completer of a nomination this year' },
    SIGNED_APPRAISAL_OR_ACCEPTANCE: {
      zh: '参与签署了项目的鉴定或验收意见',
      en: "Signed the project's appraisal or acceptance",
    },
    DECLARED: { zh: '声明回避', en: 'Declared a conflict' },
  } satisfies Labels,
  ConflictSource: {
    DECLARED: { zh: '本人声明', en: 'Declared' },
    SIGNED_APPRAISAL_OR_ACCEPTANCE: { zh: '签署鉴定或验收意见', en: 'Signed appraisal or acceptance' },
  } satisfies Labels,
  ReviewStage: {
    PRELIMINARY: { zh: '初评', en: 'Preliminary review' },
  } satisfies Labels,
  ScoreLevel: {
    A: { zh: 'A 档', en: 'Level A' },
    B: { zh: 'B 档', en: 'Level B' },
    C: { zh: 'C 档', en: 'Level C' },
    D: { zh: 'D 档', en: 'Level D' },
  } satisfies Labels,
  ScoreSheetStatus: {
    DRAFT: { zh: '草稿', en: 'Draft' },
    SUBMITTED: { zh: '已提交', en: 'Submitted' },
  } satisfies Labels,
  ScoreSheetChangeKind: {
    DRAFT_SAVED: { zh: '评分表草稿已保存', en: 'Sheet draft saved' },
    SUBMITTED: { zh: '评分表已提交', en: 'Sheet submitted' },
    REOPENED: { zh: '评分表已退回', en: 'Sheet reopened' },
  } satisfies Labels,
  BallotStatus: {
    OPEN: { zh: '表决中', en: 'Open' },
    CLOSED: { zh: '已结束', en: 'Closed' },
  } satisfies Labels,
  BallotChangeKind: {
    OPENED: { zh: '表决开始', en: 'Ballot opened' },
    VOTE_CAST: { zh: '已投票', en: 'Vote cast' },
    CLOSED: { zh: '表决结束', en: 'Ballot closed' },
  } satisfies Labels,
  VoteChoice: {
    FOR: { zh: '赞成', en: 'For' },
    AGAINST: { zh: '反对', en: 'Against' },
    ABSTAIN: { zh: '弃权', en: 'Abstain' },
  } satisfies Labels,
  ObjectionSubject: {
    TRUTH: { zh: '真实性', en: 'Truth' },
    OWNERSHIP: { zh: '权属', en: 'Ownership' },
    RANKING: { zh: '排序', en: 'Ranking' },
    GRADE: { zh: '等级', en: 'Grade' },
    OTHER: { zh: '其他', en: 'Other' },
  } satisfies Labels,
  ObjectionStatus: {
    RECEIVED: { zh: '已受理', en: 'Received' },
    INVESTIGATING: { zh: '调查中', en: 'Investigating' },
    UPHELD: { zh: '异议成立', en: 'Upheld' },
    DISMISSED: { zh: '异议不成立', en: 'Dismissed' },
    REFUSED: { zh: '不予受理', en: 'Refused' },
  } satisfies Labels,
};
