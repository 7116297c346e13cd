import type { Prng } from '@award/api/domain';
import { organizationByKey } from './organizations.js';
import type { ProjectTheme } from './project-theme.js';
import type { CompleterSeed, IpSeed } from './types.js';

/** The IP list (知识产权) of a nomination: patents, software copyrights, standards and papers. */

const JOURNALS: Record<string, string[]> = {
  METROLOGY: ['计量学报', '仪器仪表学报', '中国测试'],
  STANDARDIZATION: ['标准科学', '中国标准化', '质量与标准化'],
  TESTING: ['中国测试', '无损检测', '分析测试学报'],
  CERTIFICATION: ['质量与认证', '中国认证认可', '标准科学'],
  DIGITAL_QUALITY: ['计算机集成制造系统', '中国质量', '质量与可靠性'],
  SMART_MANUFACTURING: ['机械工程学报', '计算机集成制造系统', '中国机械工程'],
  CONSTRUCTION: ['土木工程学报', '建筑结构', '施工技术'],
  BIOPHARMA: ['药物分析杂志', '中国医药工业杂志', '中国医疗器械杂志'],
  NEV: ['汽车工程', '电源技术', '储能科学与技术'],
  IC: ['半导体技术', '电子与封装', '微电子学'],
};

const PATENTABLE = /(方法|装置|系统|设备|工艺|探头)$/;
const HARDWARE = /(装置|设备|仪|机|线)$/;
const PRODUCT_SUFFIX =
  /(在线检测设备|检测设备|检测装置|检测系统|装置|设备|系统|平台|体系|技术|工程|模式|方法与数据库|方法)$/;

const PATENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** A Chinese patent number, ZL + year + type (1 invention, 2 utility model) + serial + check digit. */
function patentNumber(applicationYear: number, type: 1 | 2, prng: Prng): string {
  const serial = String(prng.int(0, 1499999)).padStart(7, '0');
  const digits = `${applicationYear}${type}${serial}`;
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * PATENT_WEIGHTS[i], 0);
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  return `ZL ${applicationYear} ${type} ${serial}.${check}`;
}

function dateIn(prng: Prng, year: number, lastMonth = 12): string {
  return `${year}-${String(prng.int(1, lastMonth)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;
}

/** A grant or publication date in a year from `from` to 2024, and no later than March 2024. */
function dateFrom(prng: Prng, from: number): string {
  const year = prng.int(Math.min(from, 2024), 2024);
  return dateIn(prng, year, year === 2024 ? 3 : 12);
}

export function buildIntellectualProperty(
  theme: ProjectTheme,
  completers: CompleterSeed[],
  startYear: number,
  prng: Prng,
): IpSeed[] {
  const mainName = organizationByKey(theme.organizationKeys[0]).name;
  const holder = () => organizationByKey(prng.pick(theme.organizationKeys)).name;
  const core = theme.product.replace(PRODUCT_SUFFIX, '');
  const isInvention = theme.category === 'INVENTION';

  const inventionTitles = theme.points
    .filter((point) => PATENTABLE.test(point.title))
    .map((point) => `一种${point.title}`);
  const extraInventions = prng.sample(
    ['标定方法', '数据处理方法', '故障自诊断方法', '质量判定方法'],
    prng.int(isInvention ? 1 : 0, 2),
  );
  inventionTitles.push(...extraInventions.map((suffix) => `一种用于${core}的${suffix}`));
  if (inventionTitles.length === 0) inventionTitles.push(`一种${core}的质量评价方法`);

  const inventionPatents: IpSeed[] = inventionTitles.map((title) => {
    const applicationYear = prng.int(startYear, 2022);
    return {
      kind: 'INVENTION_PATENT',
      title,
      number: patentNumber(applicationYear, 1, prng),
      holder: holder(),
      grantedOn: dateFrom(prng, applicationYear + 2),
    };
  });

  const utilityParts = HARDWARE.test(theme.product)
    ? ['传感器安装支架', '快换夹持机构', '防护罩', '信号调理电路']
    : [];
  const utilityPatents: IpSeed[] = prng.sample(utilityParts, prng.int(0, 3)).map((part) => {
    const applicationYear = prng.int(startYear, 2023);
    return {
      kind: 'UTILITY_PATENT',
      title: `一种${core}用${part}`,
      number: patentNumber(applicationYear, 2, prng),
      holder: holder(),
      grantedOn: dateFrom(prng, applicationYear + 1),
    };
  });

  const softwareCopyrights: IpSeed[] = prng
    .sample(['管理软件', '数据分析软件', '监控软件', '移动端应用软件'], prng.int(1, 3))
    .map((kind, i) => {
      const year = prng.int(startYear + 1, 2023);
      return {
        kind: 'SOFTWARE_COPYRIGHT',
        title: `${core}${kind}V${i + 1}.0`,
        number: `${year}SR${String(prng.int(100000, 1999999)).padStart(7, '0')}`,
        holder: holder(),
        grantedOn: dateIn(prng, year),
      };
    });

  const standards: IpSeed[] = prng
    .sample(
      ['技术规范', '检测方法', '评价规范', '通用要求'],
      prng.int(isInvention ? 0 : 1, isInvention ? 1 : 3),
    )
    .map((kind) => {
      const year = prng.int(Math.max(startYear + 2, 2020), 2023);
      const number = prng.chance(0.4)
        ? `DB31/T ${prng.int(1100, 1480)}-${year}`
        : `T/${prng.pick(['SHZL', 'SHBZ', 'SHJC', 'SHQA'])} ${String(prng.int(1, 99)).padStart(3, '0')}-${year}`;
      return {
        kind: 'STANDARD',
        title: `${core}${kind}`,
        number,
        holder: mainName,
        grantedOn: dateIn(prng, year),
      };
    });

  const papers: IpSeed[] = prng
    .sample(theme.points, prng.int(1, Math.min(3, theme.points.length)))
    .map((point) => {
      const year = prng.int(Math.max(startYear + 1, 2019), 2023);
      const issue = prng.int(1, 12);
      const firstPage = prng.int(1, 2800);
      return {
        kind: 'PAPER',
        title: `${point.title.replace(PATENTABLE, '')}${prng.pick(['研究', '及其应用', '的试验研究'])}`,
        number: `${prng.pick(JOURNALS[theme.fieldCode])}，${year}，${year - 1979}(${issue})：${firstPage}-${firstPage + prng.int(6, 11)}`,
        holder: prng.pick(completers.slice(0, 3)).name,
        grantedOn: dateIn(prng, year),
      };
    });

  return [...inventionPatents, ...utilityPatents, ...softwareCopyrights, ...standards, ...papers];
}

/** The form's count of granted IP other than invention patents: utility models, software copyrights, other. */
export function countOtherIp(items: IpSeed[]): number {
  return items.filter((item) => ['UTILITY_PATENT', 'SOFTWARE_COPYRIGHT', 'OTHER'].includes(item.kind)).length;
}
