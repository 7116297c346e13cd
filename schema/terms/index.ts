import type { Label } from '../labels/label.js';

/**
 * The names of the review's figures and grades, the one list the screens and the exports (workbooks,
 * PDFs) both print, so a figure is called the same wherever it is read. Three grades are told apart by
 * who gives them (award-rules.md): the nominator proposes one on the form, each expert recommends one
 * on a sheet, and the preliminary score, cut to the quotas, recommends one; re-review then decides.
 */
export const reviewTerms = {
  position: { zh: '序号', en: 'No.' },
  rank: { zh: '名次', en: 'Rank' },
  code: { zh: '提名编号', en: 'Number' },
  projectName: { zh: '项目名称', en: 'Project' },
  nominator: { zh: '提名单位', en: 'Nominator' },
  sheetCount: { zh: '评分表数', en: 'Sheets' },
  officialScore: { zh: '初评得分', en: 'Preliminary score' },
  plainMean: { zh: '平均分', en: 'Plain mean' },
  median: { zh: '中位数', en: 'Median' },
  severityAdjusted: { zh: '宽严校正分', en: 'Severity-adjusted' },
  disagreement: { zh: '分歧', en: 'Disagreement' },
  proposedGrade: { zh: '提名建议等级', en: 'Grade proposed by the nominator' },
  sheetRecommendedGrade: { zh: '专家推荐等级', en: 'Grade recommended by the expert' },
  recommendedGrade: { zh: '初评推荐等级', en: 'Recommended grade (score and quota)' },
  finalGrade: { zh: '复评等级', en: 'Re-review grade' },
  awardedGrade: { zh: '获奖等级', en: 'Grade awarded' },
} satisfies Record<string, Label>;
