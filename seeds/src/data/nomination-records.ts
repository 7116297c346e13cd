import type { Prng } from '@award/api/domain';
import { organizationByKey } from './organizations.js';
import { type Gender, mobilePhone, personName, residentIdNumber } from './people.js';
import type { ProjectTheme } from './project-theme.js';
import type { ApplicationSeed, CompleterSeed, EconomicBenefitSeed, OrganizationSeed } from './types.js';

/** The tables of a nomination form (completers, IP, economic benefit, applications), generated from a theme. */

export const CHINESE_ORDINALS = ['一', '二', '三', '四'];

type Seniority = 'SENIOR' | 'MIDDLE' | 'JUNIOR';

const TITLES: Record<'UNIVERSITY' | 'INSTITUTE' | 'ENTERPRISE', Record<Seniority, string[]>> = {
  UNIVERSITY: {
    SENIOR: ['教授', '研究员'],
    MIDDLE: ['副教授', '副研究员', '高级工程师'],
    JUNIOR: ['讲师', '助理研究员', '工程师'],
  },
  INSTITUTE: {
    SENIOR: ['研究员', '正高级工程师'],
    MIDDLE: ['副研究员', '高级工程师'],
    JUNIOR: ['工程师', '助理研究员'],
  },
  ENTERPRISE: {
    SENIOR: ['正高级工程师', '教授级高级工程师'],
    MIDDLE: ['高级工程师'],
    JUNIOR: ['工程师', '高级技师'],
  },
};

const BIRTH_YEARS: Record<Seniority, [number, number]> = {
  SENIOR: [1966, 1980],
  MIDDLE: [1976, 1989],
  JUNIOR: [1985, 1996],
};

const ACTIVITIES = [
  '理论研究与方案设计',
  '算法开发与软件实现',
  '样机研制与试验验证',
  '工程化实施',
  '现场应用与推广',
  '测试方法研究',
  '数据分析与验证',
];

/** Foreign staff of foreign-invested completing organizations; each appears at most once. */
const FOREIGN_COMPLETERS = [
  { name: '马库斯·韦伯（Markus Weber）', passport: 'C4RJ7K2N9' },
  { name: '佐藤健一（Kenichi Sato）', passport: 'TR2856417' },
  { name: '安娜·施密特（Anna Schmidt）', passport: 'C7HN2T5W1' },
  { name: '让-吕克·贝尔纳（Jean-Luc Bernard）', passport: '19FV48213' },
];

function organizationKind(organization: OrganizationSeed): keyof typeof TITLES {
  if (organization.name.includes('大学')) return 'UNIVERSITY';
  if (organization.type === 'PUBLIC_INSTITUTION' || organization.type === 'QUALITY_INFRASTRUCTURE')
    return 'INSTITUTE';
  return 'ENTERPRISE';
}

function seniorityOf(rank: number, prng: Prng): Seniority {
  if (rank === 0) return 'SENIOR';
  if (rank <= 2) return prng.chance(0.6) ? 'SENIOR' : 'MIDDLE';
  return prng.chance(0.6) ? 'MIDDLE' : 'JUNIOR';
}

/** The employer of each completer, in rank order: the first works for the main organization, every organization has someone. */
function employersInRankOrder(organizationKeys: string[], count: number, prng: Prng): string[] {
  const [main, ...others] = organizationKeys;
  const rest = [...others];
  while (rest.length < count - 1) rest.push(prng.chance(0.6) ? main : prng.pick(organizationKeys));
  return [main, ...prng.shuffle(rest)];
}

export interface PeopleRegistry {
  usedNames: Set<string>;
  foreignCompletersLeft: typeof FOREIGN_COMPLETERS;
}

export function createPeopleRegistry(reservedNames: Iterable<string>): PeopleRegistry {
  return { usedNames: new Set(reservedNames), foreignCompletersLeft: [...FOREIGN_COMPLETERS] };
}

function uniqueName(prng: Prng, gender: Gender, registry: PeopleRegistry): string {
  for (;;) {
    const name = personName(prng, gender);
    if (!registry.usedNames.has(name)) {
      registry.usedNames.add(name);
      return name;
    }
  }
}

export function buildCompleters(
  theme: ProjectTheme,
  count: number,
  prng: Prng,
  registry: PeopleRegistry,
): CompleterSeed[] {
  return employersInRankOrder(theme.organizationKeys, count, prng).map((employerKey, rank) => {
    const employer = organizationByKey(employerKey);
    const point = theme.points[(rank === 0 ? 0 : rank - 1) % theme.points.length];
    const pointNumber = CHINESE_ORDINALS[theme.points.indexOf(point)];
    const contribution =
      rank === 0
        ? `项目负责人，提出项目总体技术路线，主持${point.title}的研究，对创新点一、二做出创造性贡献。`
        : `负责${point.title}的${prng.pick(ACTIVITIES)}，对创新点${pointNumber}做出${rank <= 2 ? '重要' : '主要'}贡献。`;
    const foreigner = registry.foreignCompletersLeft[0];
    if (employer.type === 'FOREIGN_INVESTED' && rank > 0 && foreigner && prng.chance(0.5)) {
      registry.foreignCompletersLeft.shift();
      return {
        name: foreigner.name,
        idDocumentType: 'PASSPORT',
        idDocumentNumber: foreigner.passport,
        employer: employer.name,
        title: prng.pick(['技术总监', '首席工程师', '质量总监']),
        contribution,
      };
    }
    const gender: Gender = prng.chance(0.7) ? 'MALE' : 'FEMALE';
    const seniority = seniorityOf(rank, prng);
    const [from, to] = BIRTH_YEARS[seniority];
    return {
      name: uniqueName(prng, gender, registry),
      idDocumentType: 'RESIDENT_ID',
      idDocumentNumber: residentIdNumber(prng, prng.int(from, to), gender),
      employer: employer.name,
      title: prng.pick(TITLES[organizationKind(employer)][seniority]),
      contribution,
    };
  });
}

/** New sales, profit, tax, foreign exchange and savings of 2021–2023, growing towards the theme's 2023 sales. */
export function buildEconomicBenefits(theme: ProjectTheme, prng: Prng): EconomicBenefitSeed[] {
  const main = organizationByKey(theme.organizationKeys[0]);
  const isServiceProvider = [
    'PUBLIC_INSTITUTION',
    'QUALITY_INFRASTRUCTURE',
    'GOVERNMENT_DEPARTMENT',
  ].includes(main.type);
  const exportShare =
    main.type === 'FOREIGN_INVESTED'
      ? prng.amount(0.15, 0.35)
      : prng.chance(0.3)
        ? prng.amount(0.03, 0.12)
        : 0;
  const shares = [prng.amount(0.3, 0.6), prng.amount(0.62, 0.85), prng.amount(0.95, 1.05)];
  return [2021, 2022, 2023].map((year, i) => {
    const newSales = Math.round(theme.annualSales * shares[i] * 100) / 100;
    const round = (value: number) => Math.round(value * 100) / 100;
    return {
      year,
      newSales,
      newProfit: round(
        newSales * prng.amount(isServiceProvider ? 0.15 : 0.12, isServiceProvider ? 0.3 : 0.24, 3),
      ),
      newTax: round(newSales * prng.amount(0.04, 0.08, 3)),
      foreignExchange: round(newSales * exportShare),
      savings: round(newSales * (isServiceProvider ? prng.amount(0.4, 1.2, 3) : prng.amount(0.03, 0.15, 3))),
    };
  });
}

const BENEFIT_PHRASES = [
  (x: number) => `产品一次交检合格率提升 ${(x / 10).toFixed(1)} 个百分点`,
  (x: number) => `检测效率提升 ${x}%`,
  (x: number) => `质量损失率下降 ${x}%`,
  (x: number) => `返工返修量减少 ${x}%`,
  (x: number) => `客户质量投诉下降 ${x}%`,
];

const CONTACT_ROLES = ['工', '经理', '主任', '部长'];

export function buildApplications(theme: ProjectTheme, startYear: number, prng: Prng): ApplicationSeed[] {
  return theme.users.map((userOrganization) => {
    const fromYear = prng.int(Math.max(startYear + 1, 2019), 2022);
    const month = (m: number) => String(m).padStart(2, '0');
    const phrase = prng.pick(BENEFIT_PHRASES)(prng.int(15, 65));
    return {
      userOrganization,
      technologyApplied: theme.product,
      period: `${fromYear}.${month(prng.int(1, 12))}-2024.${month(prng.int(1, 4))}`,
      contact: `${personName(prng, prng.chance(0.6) ? 'MALE' : 'FEMALE').slice(0, 1)}${prng.pick(CONTACT_ROLES)} ${mobilePhone(prng)}`,
      benefit: `应用后${phrase}，年节约成本约 ${prng.int(30, 900)} 万元`,
    };
  });
}
