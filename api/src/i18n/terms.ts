/**
 * The Chinese names of the domain's enum values a refusal can name (states, windows, sections, roles),
 * as the client's screens show them. An unknown value is shown as it is.
 */
const TERMS: Record<string, Record<string, string>> = {
  nominationStatus: {
    DRAFT: '草稿',
    SUBMITTED: '已提交',
    RETURNED: '已退回',
    ACCEPTED: '形式审查通过',
    PRELIMINARY_REVIEW: '初评中',
    RE_REVIEW: '复评中',
    PUBLICITY: '公示中',
    APPROVED: '已批准授奖',
    NOT_AWARDED: '不授奖',
    WITHDRAWN: '已撤回',
    REVOKED: '已撤销',
  },
  window: {
    REGISTRATION: '活动报名',
    NOMINATION: '提名',
    FORMAL_REVIEW: '形式审查',
    PRELIMINARY_REVIEW: '初评',
    RE_REVIEW: '复评',
    PUBLICITY: '公示',
    APPROVAL: '审定',
  },
  formSection: {
    BASICS: '基本情况',
    COMPLETERS: '主要完成人',
    ORGANIZATIONS: '主要完成单位',
    INNOVATION: '项目简介与创新点',
    APPLICATION: '推广应用情况',
    BENEFITS: '经济与社会效益',
    IP: '知识产权',
    OPINION: '提名意见',
    FILES: '上传材料',
  },
  submissionRequirement: {
    FORM_COMPLETE: '提名书填写完整',
    FORM_PRINTED: '下载当前内容的提名书 PDF',
    STAMPED_FORM: '盖章的提名书',
    SIGNED_PLEDGE: '签字的承诺书',
    EVIDENCE_INNOVATION_PROOF: '创新性证明材料',
    EVIDENCE_TECHNICAL_EVALUATION: '技术评价证明材料',
    EVIDENCE_APPLICATION_PROOF: '应用证明材料',
  },
  grade: { FIRST: '一等奖', SECOND: '二等奖', THIRD: '三等奖', NONE: '不授奖' },
  category: { INVENTION: '质量技术发明奖', PROGRESS: '质量技术进步奖' },
  role: {
    SECRETARIAT: '秘书处',
    CHAIR: '评审委员会主任',
    COMMITTEE_MEMBER: '评审委员',
    EXPERT: '评审专家',
    NOMINATOR: '提名单位',
  },
  filePurpose: { STAMPED_FORM: '盖章的提名书', SIGNED_PLEDGE: '签字的承诺书', EVIDENCE: '证实性材料' },
  assignmentStatus: { PENDING: '待确认', ACCEPTED: '已接受', DECLINED: '已谢绝', RECUSED: '已回避' },
  proposalStatus: { DRAFT: '草稿', COMMITTED: '已提交', DISCARDED: '已放弃' },
  conflictRule: {
    EMPLOYER_IS_NOMINATOR: '所在单位是提名单位',
    EMPLOYER_IS_COMPLETING_ORGANIZATION: '所在单位是主要完成单位',
    RECENT_EMPLOYER: '近年曾任职于提名或完成单位',
    COMPLETER_THIS_CYCLE: '是本年度项目的主要完成人',
    SIGNED_APPRAISAL_OR_ACCEPTANCE: '参与签署了项目的鉴定或验收意见',
    DECLARED: '声明回避',
  },
};

export type TermKind = keyof typeof TERMS;

/** The Chinese name of one value: term('nominationStatus', 'RETURNED') → 已退回. */
export function term(kind: TermKind, value: string): string {
  return TERMS[kind][value] ?? value;
}

/** Several values, joined as Chinese lists are: 一等奖、二等奖. */
export function terms(kind: TermKind, values: readonly string[]): string {
  return values.map((value) => term(kind, value)).join('、');
}
