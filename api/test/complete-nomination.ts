// A complete nomination's form input, with no imports: the API's tests and the client's browser tests both
// file nominations with it (client/test imports this file directly,
// which its imports of the API's code would not allow).

/** A resident identity number with a valid GB 11643 check character, built from a 17-digit body. */
export function residentId(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

export const completer = (i: number) => ({
  name: `完成人${i}`,
  idDocumentType: 'RESIDENT_ID',
  idDocumentNumber: residentId(`31010119800101${String(100 + i).padStart(3, '0')}`),
  employer: '上海某研究院',
  title: '高级工程师',
  contribution: '负责关键技术攻关',
});

/**
 * Every section of the form filled in (saveNominationDraft's input), for a 2024 nomination unless the
 * nomination's own benefit years are given.
 */
export function completeSections(
  completingOrganizationId: string,
  benefitYears: readonly number[] = [2021, 2022, 2023],
): Record<string, unknown> {
  return {
    industry: 'C40 仪器仪表制造业',
    taskSource: '自选项目',
    startDate: '2021-01-01',
    endDate: '2023-12-31',
    inventionPatentCount: 1,
    otherIpCount: 0,
    summary: '项目简介：面向在线计量的智能校准技术。',
    objectiveEvaluation: '经第三方评价，整体技术达到国内领先水平。',
    innovations: ['创新点一：在线自校准方法。'],
    completers: [completer(1), completer(2)],
    completingOrganizationIds: [completingOrganizationId],
    applications: [
      {
        userOrganization: '上海某燃气公司',
        technologyApplied: '在线自校准方法',
        period: '2022.03-2023.12',
        contact: '张工 021-12345678',
        benefit: '节约检定费用',
      },
    ],
    economicBenefits: benefitYears.map((year) => ({
      year,
      newSales: 100.5,
      newProfit: 20,
      newTax: 5.25,
      foreignExchange: 0,
      savings: 12,
    })),
    economicBasis: '依据企业财务报表。',
    socialBenefit: '减少计量纠纷。',
    intellectualProperty: [
      {
        kind: 'INVENTION_PATENT',
        title: '一种在线自校准方法',
        number: 'ZL 2022 1 0000001.1',
        holder: '上海某研究院',
        grantedOn: '2023-05-01',
      },
    ],
    nominatorOpinion: '同意提名。',
    declaresTruthfulness: true,
    declaresNoFee: true,
  };
}
