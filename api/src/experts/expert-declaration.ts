/**
 * The impartiality and confidentiality declaration (评审专家公正性与保密承诺书) every expert accepts online
 * before any material is shown (award-rules.md, Conflicts of interest; Blind review and visibility).
 * A change of wording is a new version: an expert accepts the version it read.
 */
export const EXPERT_DECLARATION = {
  version: 1,
  textZh: [
    '评审专家公正性与保密承诺书',
    '本人自愿担任上海市质量协会质量技术奖评审专家，郑重承诺：',
    '一、坚持客观、公正、科学的原则，依据评审指标独立评审，不受任何单位和个人的影响，对评审意见和评分负责。',
    '二、严格执行回避规定。本人在提名单位或任何主要完成单位工作（含近年曾任职）、本人为本年度任一项目的主要完成人、本人参与签署了项目的鉴定结论或验收意见，或存在其他可能影响公正评审的利害关系的，主动申报并回避该项目的评审。',
    '三、严格保守评审秘密。不泄露提名材料、技术内容、评审专家名单、评审意见、评分及评审结果，不复制、留存或向他人提供评审材料，评审结束后亦同。',
    '四、不私下接触提名单位、完成单位或完成人，不接受其礼品、礼金、宴请或其他任何形式的利益，不为任何项目说情、打招呼。',
    '五、如违反上述承诺，本人愿接受取消评审专家资格等处理，并承担相应责任。',
  ].join('\n'),
  textEn: [
    'Declaration of impartiality and confidentiality for reviewing experts',
    'I serve of my own will as a reviewing expert of the Shanghai Quality Association’s Quality Technology Award, and I solemnly declare that:',
    '1. I will review objectively, fairly and on scientific grounds, scoring each nomination independently against the rubric, free from the influence of any organization or person, and I answer for my opinions and scores.',
    '2. I will keep the rules of recusal. Where I work, or recently worked, for the nominator or for any completing organization; where I am a completer of any nomination of this year; where I signed the project’s appraisal or acceptance; or where any other interest could affect a fair review, I will declare it and recuse myself from that nomination.',
    '3. I will keep the review confidential: I will not disclose nomination material, technical content, the names of reviewers, opinions, scores or results, nor copy, keep or pass on review material, during the review or after it.',
    '4. I will have no private contact with nominators, completing organizations or completers, accept no gift, money, hospitality or other benefit from them, and intercede for no nomination.',
    '5. Should I break this declaration, I accept removal from the expert pool and the other consequences that follow.',
  ].join('\n'),
} as const;
