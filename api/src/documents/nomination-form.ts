import { reviewTerms } from '@award/schema/terms';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CategoryConfig } from '../cycles/category-config.entity.js';
import { ApplicationRecord } from '../nominations/application-record.entity.js';
import { Completer } from '../nominations/completer.entity.js';
import { CompletingOrganization } from '../nominations/completing-organization.entity.js';
import { EconomicBenefit } from '../nominations/economic-benefit.entity.js';
import { Innovation } from '../nominations/innovation.entity.js';
import { IntellectualProperty } from '../nominations/intellectual-property.entity.js';
import type { Nomination } from '../nominations/nomination.entity.js';
import { chineseNumeral, GRADE_ZH, ID_DOCUMENT_ZH, INTELLECTUAL_PROPERTY_ZH } from './form-labels.js';
import type { PrintedDocument, PrintedSection } from './printed-document.js';

/** The rows of the form's tables, each in its order. */
interface FormRows {
  completers: Completer[];
  organizations: CompletingOrganization[];
  innovations: Innovation[];
  applications: ApplicationRecord[];
  benefits: EconomicBenefit[];
  intellectualProperty: IntellectualProperty[];
}

/**
 * The nomination form (提名书) as printed for the official seal, every section in the order of
 * award-rules.md "What a nomination holds". `nomination` comes with its cycle, nominator and field.
 */
export async function printedNominationForm(
  em: EntityManager,
  nomination: Nomination,
): Promise<PrintedDocument> {
  const of = { nomination: nomination.id };
  const inOrder = { orderBy: { position: 'asc' } } as const;
  const [category, completers, organizations, innovations, applications, benefits, intellectualProperty] =
    await Promise.all([
      em.findOne(CategoryConfig, { cycle: nomination.cycle, category: nomination.category }),
      em.find(Completer, of, inOrder),
      em.find(CompletingOrganization, of, { ...inOrder, populate: ['organization'] }),
      em.find(Innovation, of, inOrder),
      em.find(ApplicationRecord, of, inOrder),
      em.find(EconomicBenefit, of, { orderBy: { year: 'asc' } }),
      em.find(IntellectualProperty, of, inOrder),
    ]);
  const rows = { completers, organizations, innovations, applications, benefits, intellectualProperty };
  const categoryName = category?.nameZh ?? nomination.category;
  const sections = [
    basics(nomination, categoryName),
    textSection('项目简介', nomination.summary),
    innovationSection(rows),
    textSection('客观评价', nomination.objectiveEvaluation),
    completerSection(rows),
    organizationSection(rows),
    economicSection(nomination, rows),
    textSection('社会效益', nomination.socialBenefit),
    applicationSection(rows),
    intellectualPropertySection(rows),
    opinionSection(nomination),
    declarationSection(nomination),
  ];
  return {
    title: `${nomination.cycle.nameZh}提名书`,
    subtitle: [nomination.cycle.noticeNumber, categoryName],
    sections: sections.map((section, index) => ({
      ...section,
      heading: `${chineseNumeral(index + 1)}、${section.heading}`,
    })),
  };
}

function basics(nomination: Nomination, categoryName: string): PrintedSection {
  const period = [nomination.startDate, nomination.endDate].map((date) => date ?? '').join(' 至 ');
  return {
    heading: '项目基本情况',
    blocks: [
      {
        kind: 'fields',
        rows: [
          ['提名编号', nomination.code],
          ['项目名称', nomination.projectName],
          ['奖项类别', categoryName],
          ['专业领域', nomination.field.nameZh],
          ['国民经济行业', nomination.industry ?? ''],
          ['任务来源', nomination.taskSource ?? ''],
          ['项目起止时间', period],
          ['授权发明专利（件）', String(nomination.inventionPatentCount)],
          ['其他知识产权（件）', String(nomination.otherIpCount)],
          [
            reviewTerms.proposedGrade.zh,
            nomination.proposedGrade ? GRADE_ZH[nomination.proposedGrade] : '服从评审委员会评定',
          ],
          ['提名单位', nomination.nominator.name],
          ['统一社会信用代码', nomination.nominator.creditCode],
        ],
      },
    ],
  };
}

/** A section of running text; a line break in the input starts a new paragraph. */
function textSection(heading: string, text: string): PrintedSection {
  return { heading, blocks: [{ kind: 'text', paragraphs: paragraphsOf(text) }] };
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function innovationSection({ innovations }: FormRows): PrintedSection {
  return {
    heading: '主要技术创新点',
    blocks: innovations.map((innovation, index) => ({
      kind: 'text',
      label: `创新点${chineseNumeral(index + 1)}`,
      paragraphs: paragraphsOf(innovation.content),
    })),
  };
}

function completerSection({ completers }: FormRows): PrintedSection {
  return {
    heading: '主要完成人情况',
    blocks: [
      {
        kind: 'table',
        columns: [
          { title: '排序', width: 1 },
          { title: '姓名', width: 2 },
          { title: '证件', width: 4 },
          { title: '工作单位', width: 5 },
          { title: '技术职称', width: 3 },
        ],
        rows: completers.flatMap((completer) => [
          [
            String(completer.position),
            completer.name,
            `${ID_DOCUMENT_ZH[completer.idDocumentType]} ${maskedIdNumber(completer.idDocumentNumber)}`,
            completer.employer,
            completer.title,
          ],
          [`主要贡献：${completer.contribution}`],
        ]),
      },
    ],
  };
}

/**
 * Identity numbers are personal data the secretariat already holds: the printout, which travels by
 * mail and e-mail, shows only their last four characters.
 */
function maskedIdNumber(number: string): string {
  const shown = Math.min(4, Math.floor(number.length / 2));
  return `${'*'.repeat(number.length - shown)}${number.slice(number.length - shown)}`;
}

function organizationSection({ organizations }: FormRows): PrintedSection {
  return {
    heading: '主要完成单位情况',
    blocks: [
      {
        kind: 'table',
        columns: [
          { title: '排序', width: 1 },
          { title: '单位名称', width: 8 },
          { title: '统一社会信用代码', width: 5 },
        ],
        rows: organizations.map((row) => [
          String(row.position),
          row.organization.name,
          row.organization.creditCode,
        ]),
      },
    ],
  };
}

const MONEY_COLUMNS = ['newSales', 'newProfit', 'newTax', 'foreignExchange', 'savings'] as const;

function economicSection(nomination: Nomination, { benefits }: FormRows): PrintedSection {
  const money = (value: number) => value.toFixed(2);
  const total = (column: (typeof MONEY_COLUMNS)[number]) =>
    benefits.reduce((sum, year) => sum + year[column], 0);
  return {
    heading: '经济效益（单位：万元）',
    blocks: [
      {
        kind: 'table',
        columns: ['年度', '新增销售额', '新增利润', '新增税收', '创收外汇', '节支总额'].map((title) => ({
          title,
          width: 1,
        })),
        rows: [
          ...benefits.map((year) => [
            String(year.year),
            ...MONEY_COLUMNS.map((column) => money(year[column])),
          ]),
          ['合计', ...MONEY_COLUMNS.map((column) => money(total(column)))],
        ],
      },
      { kind: 'text', label: '经济效益数据依据', paragraphs: paragraphsOf(nomination.economicBasis) },
    ],
  };
}

function applicationSection({ applications }: FormRows): PrintedSection {
  return {
    heading: '推广应用情况',
    blocks: [
      {
        kind: 'table',
        columns: [
          { title: '应用单位', width: 4 },
          { title: '应用技术', width: 4 },
          { title: '应用起止时间', width: 3 },
          { title: '联系人及电话', width: 3 },
          { title: '应用效益', width: 5 },
        ],
        rows: applications.map((row) => [
          row.userOrganization,
          row.technologyApplied,
          row.period,
          row.contact,
          row.benefit,
        ]),
      },
    ],
  };
}

function intellectualPropertySection({ intellectualProperty }: FormRows): PrintedSection {
  return {
    heading: '知识产权',
    blocks: [
      {
        kind: 'table',
        columns: [
          { title: '序号', width: 1 },
          { title: '类别', width: 3 },
          { title: '名称', width: 7 },
          { title: '编号', width: 4 },
          { title: '权利人', width: 5 },
          { title: '授权日期', width: 3 },
        ],
        rows: intellectualProperty.map((row) => [
          String(row.position),
          INTELLECTUAL_PROPERTY_ZH[row.kind],
          row.title,
          row.number,
          row.holder,
          row.grantedOn ?? '',
        ]),
      },
    ],
  };
}

function opinionSection(nomination: Nomination): PrintedSection {
  return {
    heading: '提名意见',
    blocks: [{ kind: 'text', paragraphs: paragraphsOf(nomination.nominatorOpinion) }],
  };
}

/** The notice's two demands on nominators (notice-2024-zh.txt, 附件 4): truthful material, no fee. */
function declarationSection(nomination: Nomination): PrintedSection {
  const answer = (isDeclared: boolean) => (isDeclared ? '是' : '否');
  return {
    heading: '提名单位声明',
    blocks: [
      {
        kind: 'fields',
        rows: [
          [
            '内容真实',
            `提名项目内容及证实性材料合法合规、真实有效：${answer(nomination.declaresTruthfulness)}`,
          ],
          [
            '不收取费用',
            `未以任何形式、任何名义向被提名项目团队收取费用：${answer(nomination.declaresNoFee)}`,
          ],
        ],
      },
      {
        kind: 'signature',
        lines: [
          '提名单位（盖章）：____________________',
          '负责人（签字）：____________________',
          '日期：______年____月____日',
        ],
      },
    ],
  };
}
