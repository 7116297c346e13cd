import type { Prng } from '@award/api/domain';
import { FIELDS } from './fields.js';
import { countOtherIp } from './intellectual-property.js';
import { CHINESE_ORDINALS } from './nomination-records.js';
import { organizationByKey } from './organizations.js';
import type { ProjectTheme } from './project-theme.js';
import type { EconomicBenefitSeed, IpSeed, NominationSeed, OrganizationType, ReturnReason } from './types.js';

/** The prose sections of a nomination form, written from a theme with a few template variants. */

const SOCIAL_BY_FIELD: Record<string, string> = {
  METROLOGY:
    '项目提升了相关领域量值传递的准确性和一致性，减少了因计量失准引发的贸易纠纷，维护了市场公平和消费者权益',
  STANDARDIZATION:
    '项目提高了标准的供给质量和实施效率，降低了企业对标达标成本，促进了产业链上下游质量要求的统一',
  TESTING:
    '项目提升了质量安全风险的发现能力，为监管部门精准执法和企业质量改进提供了技术支撑，保障了人民群众生命财产安全',
  CERTIFICATION: '项目提升了认证认可结果的公信力和有效性，减轻了企业重复审核负担，优化了质量营商环境',
  DIGITAL_QUALITY: '项目推动了质量管理数字化转型，提升了质量问题的预防和快速响应能力，减少了资源浪费',
  SMART_MANUFACTURING:
    '项目提高了制造过程质量稳定性，减少了废品和返工带来的能源与材料消耗，改善了一线员工劳动强度',
  CONSTRUCTION:
    '项目提升了工程建设质量和结构安全水平，减少了渗漏、开裂等常见质量问题，保障了市民居住和出行安全',
  BIOPHARMA: '项目提升了药品和医疗器械的质量可控性和安全性，降低了用药用械风险，保障了公众健康',
  NEV: '项目提升了新能源汽车及关键零部件的安全性和可靠性，降低了安全事故风险，助力交通领域节能减排',
  IC: '项目提升了集成电路产品的质量与可靠性，支撑了关键芯片的自主可控和国产替代',
};

const IMPACT_SENTENCES = [
  '项目成果打破了国外同类技术和装备的垄断，为行业质量提升提供了自主可控的技术手段。',
  '项目成果已成为相关企业质量控制的常规手段，并在长三角地区同行业中得到推广。',
  '项目形成的技术和标准为同类产品质量提升提供了可复制的解决方案。',
  '项目培养了一支质量技术创新团队，推动了本领域质量技术进步。',
];

const EVALUATORS = ['上海申江科技成果评价中心', '沪滨科技评估服务中心', '上海浦江科学技术咨询服务中心'];
/** Quality-infrastructure bodies that issue test reports (certification and standards bodies do not). */
const TEST_REPORT_ISSUERS = ['qi-testing', 'qi-metrology', 'qi-special-equip', 'qi-ev-testing'];
const NOVELTY_STATIONS = ['上海浦江科技查新咨询中心', '上海申江理工大学图书馆科技查新站'];

/** Where the project's funding and mandate came from, by kind of main completing organization. */
const TASK_SOURCES: Record<'INSTITUTION' | 'GROUP' | 'PRIVATE' | 'FOREIGN', string[]> = {
  INSTITUTION: [
    '国家重点研发计划“国家质量基础设施体系”专项课题',
    '上海市科技创新行动计划项目',
    '上海市市场监督管理局科研项目',
    '横向委托项目',
  ],
  GROUP: ['集团重大科技专项', '上海市重点产品质量攻关项目', '企业自主研发项目'],
  PRIVATE: ['企业自主研发项目', '上海市产业链供应链质量攻关项目', '上海市科技创新行动计划项目'],
  FOREIGN: ['企业自主研发项目', '上海市产业链供应链质量攻关项目', '外方母公司全球研发协同项目'],
};

function taskSourceKind(type: OrganizationType): keyof typeof TASK_SOURCES {
  switch (type) {
    case 'PUBLIC_INSTITUTION':
    case 'QUALITY_INFRASTRUCTURE':
    case 'GOVERNMENT_DEPARTMENT':
      return 'INSTITUTION';
    case 'FOREIGN_INVESTED':
      return 'FOREIGN';
    case 'SPECIALIZED_SME':
    case 'HIGH_TECH_PRIVATE':
      return 'PRIVATE';
    default:
      return 'GROUP';
  }
}

export function taskSourceFor(theme: ProjectTheme, prng: Prng): string {
  const source = prng.pick(TASK_SOURCES[taskSourceKind(organizationByKey(theme.organizationKeys[0]).type)]);
  if (source.startsWith('国家')) return `${source}（2021YFF${String(prng.int(1000000, 1999999))}）`;
  if (source.startsWith('上海市科技')) return `${source}（${prng.int(19, 21)}DZ${prng.int(1100, 2999)}）`;
  return source;
}

function total(benefits: EconomicBenefitSeed[], key: keyof Omit<EconomicBenefitSeed, 'year'>): string {
  return benefits.reduce((sum, row) => sum + row[key], 0).toFixed(2);
}

function countKind(items: IpSeed[], kind: IpSeed['kind']): number {
  return items.filter((item) => item.kind === kind).length;
}

export function summaryFor(
  theme: ProjectTheme,
  taskSource: string,
  startYear: number,
  endYear: number,
  benefits: EconomicBenefitSeed[],
  ip: IpSeed[],
  prng: Prng,
): string {
  const fieldName = FIELDS.find((field) => field.code === theme.fieldCode)?.nameZh ?? '';
  const points = theme.points.map((point, i) => `${CHINESE_ORDINALS[i]}是${point.title}`).join('；');
  const users = theme.users.slice(0, 3).join('、');
  const standards = countKind(ip, 'STANDARD');
  return [
    `${theme.problem}，是${fieldName}领域亟待解决的质量技术难题。`,
    `项目依托${taskSource}，自${startYear}年起${theme.approach}，历时${endYear - startYear + 1}年攻关，形成了${theme.product}。`,
    `项目的主要创新：${points}。`,
    `经第三方检测和用户验证，${theme.indicator}。`,
    `成果已在${users}等${theme.users.length}家单位应用，2021—2023年累计新增销售额${total(benefits, 'newSales')}万元、新增利润${total(benefits, 'newProfit')}万元、节支${total(benefits, 'savings')}万元。`,
    `项目获授权发明专利${countKind(ip, 'INVENTION_PATENT')}件、其他知识产权${countOtherIp(ip)}项，${standards > 0 ? `制定标准${standards}项，` : ''}发表论文${countKind(ip, 'PAPER')}篇。`,
    prng.pick(IMPACT_SENTENCES),
  ].join('');
}

export function innovationsFor(theme: ProjectTheme, ip: IpSeed[]): string[] {
  return theme.points.map((point) => {
    const patent = ip.find((item) => item.kind === 'INVENTION_PATENT' && item.title === `一种${point.title}`);
    const evidence = patent
      ? `该创新点已获授权发明专利“${patent.title}”（${patent.number}）。`
      : '该创新点已通过第三方检测和用户应用验证。';
    return `${point.title}。${point.detail}${evidence}`;
  });
}

/** ≤ 300 characters: the sentences are added in order of weight while they fit. */
export function objectiveEvaluationFor(theme: ProjectTheme, prng: Prng): string {
  const levels = theme.category === 'INVENTION' ? ['国际先进', '国际领先'] : ['国内领先', '国际先进'];
  const overall = prng.pick(levels);
  const highlight =
    overall === '国际领先'
      ? ''
      : `，其中${theme.points[0].title}达到${overall === '国内领先' ? '国际先进' : '国际领先'}水平`;
  const testers = TEST_REPORT_ISSUERS.filter((key) => !theme.organizationKeys.includes(key));
  const sentences = [
    `${prng.int(2022, 2023)}年${prng.int(1, 12)}月，${prng.pick(EVALUATORS)}组织专家对项目进行科技成果评价，认为项目整体技术达到${overall}水平${highlight}。`,
    `${organizationByKey(prng.pick(testers)).name}出具的检测报告表明：${theme.indicator}。`,
    `${prng.pick(NOVELTY_STATIONS)}查新结论：国内外未见与本项目创新点相同的公开文献报道。`,
    `${theme.users[0]}等用户报告认为该成果运行稳定、效果显著。`,
  ];
  let text = '';
  for (const sentence of sentences) {
    if ([...(text + sentence)].length <= 300) text += sentence;
  }
  return text;
}

export function economicBasisFor(theme: ProjectTheme): string {
  const main = organizationByKey(theme.organizationKeys[0]).name;
  return `新增销售额、新增利润和新增税收依据${main}财务部门出具的2021—2023年度财务证明及${theme.users[0]}等应用单位出具的应用证明核算；新增利润按新增销售收入扣除成本、费用和税金计算；节支额按应用前后质量损失成本和检测成本的差额计算，各单位数据未重复计算。`;
}

export function socialBenefitFor(theme: ProjectTheme): string {
  return `${SOCIAL_BY_FIELD[theme.fieldCode]}。${theme.indicator}，相关经验已通过行业交流会、质量技术培训等形式在同行业推广。`;
}

const GRADE_NAMES = { FIRST: '一等奖', SECOND: '二等奖', THIRD: '三等奖' };

export function nominatorOpinionFor(theme: ProjectTheme, grade: NominationSeed['proposedGrade']): string {
  const nominator = organizationByKey(theme.nominatorKey).name;
  const award = theme.category === 'INVENTION' ? '质量技术发明奖' : '质量技术进步奖';
  const proposal = grade
    ? `提名该项目为2024年度上海市质量协会${award}${GRADE_NAMES[grade]}`
    : `提名该项目参评2024年度上海市质量协会${award}，接受评审委员会评定的奖励等级`;
  return `${nominator}已对该项目提名材料进行审核。项目${theme.approach}，${theme.indicator}，成果已在${theme.users.length}家单位应用，创新性突出，经济和社会效益显著。提名材料真实有效，知识产权归属清晰，完成人和完成单位排序无异议。同意${proposal}。本单位承诺未以任何形式向被提名项目团队收取费用。`;
}

/**
 * Reasons the secretariat gives when it returns a nomination at formal review (形式审查), each for the
 * section of the form at fault (a return names them section by section).
 */
export const RETURN_REASONS: readonly ReturnReason[] = [
  {
    section: 'FILES',
    reason: '证实性材料中缺少查新报告，请补充具有资质的查新机构出具的查新报告后重新提交。',
  },
  { section: 'FILES', reason: '上传的提名书PDF未加盖提名单位公章，请下载提名书盖章后重新上传。' },
  { section: 'FILES', reason: '第一完成人承诺书未签字，请由第一完成人本人签字后重新上传。' },
  { section: 'IP', reason: '知识产权清单所列发明专利与上传的专利证书不一致，请核对后更正。' },
  { section: 'BENEFITS', reason: '经济效益表缺少财务部门出具的证明材料，请补充后重新提交。' },
  {
    section: 'INNOVATION',
    reason: '项目简介超过一页篇幅，且主要技术创新点与知识产权对应关系不清，请精简修改。',
  },
];
