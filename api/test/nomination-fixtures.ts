import type pg from 'pg';
import type { GraphQLResponse, TestApi } from './test-api.js';

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

export const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;

/** Opens the registration and nomination windows of the test's database around now (the demo's are 2024). */
export function openFilingWindows(db: pg.Client): Promise<unknown> {
  return db.query(`update cycle_window set opens_at = now() - interval '1 hour', closes_at = now() + interval '1 hour'
    where kind in ('REGISTRATION', 'NOMINATION')`);
}

/** Every section of the form filled in, for a 2024 nomination (benefit years 2021–2023). */
export function completeSections(completingOrganizationId: string): Record<string, unknown> {
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
    economicBenefits: [2021, 2022, 2023].map((year) => ({
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

export interface Draft {
  id: string;
  code: string;
  version: number;
}

/**
 * A nominator's new draft through the API as the client makes it: registers its organization (when not
 * yet), starts the draft and, when `complete`, fills in every section. The filing windows must be open.
 */
export async function startDraft(
  api: TestApi,
  db: pg.Client,
  token: string,
  options: { complete?: boolean; projectName?: string } = {},
): Promise<Draft> {
  const { rows } = await db.query(`select c.id as cycle_id, f.id as field_id from award_cycle c
    join expertise_field f on f.cycle_id = c.id order by f.code limit 1`);
  const [{ cycle_id: cycleId, field_id: fieldId }] = rows;
  await api.graphql(
    'mutation ($cycleId: ID!) { registerForCycle(cycleId: $cycleId) { id } }',
    { cycleId },
    token,
  );
  const created = await api.graphql<{ createNomination: Draft }>(
    `mutation ($input: NewNominationInput!) { createNomination(input: $input) { id code version } }`,
    {
      input: {
        cycleId,
        category: 'INVENTION',
        projectName: options.projectName ?? '在线自校准技术',
        fieldId,
      },
    },
    token,
  );
  if (!created.data) throw new Error(`createNomination: ${JSON.stringify(created.errors)}`);
  const draft = created.data.createNomination;
  if (!options.complete) return draft;
  const organization = await db.query(
    "select id from organization where type = 'PUBLIC_INSTITUTION' order by credit_code limit 1",
  );
  const saved = await api.graphql<{ saveNominationDraft: { version: number } }>(
    `mutation ($id: ID!, $input: NominationDraftInput!) { saveNominationDraft(id: $id, input: $input) { version } }`,
    { id: draft.id, input: { version: draft.version, ...completeSections(organization.rows[0].id) } },
    token,
  );
  if (!saved.data) throw new Error(`saveNominationDraft: ${JSON.stringify(saved.errors)}`);
  return { ...draft, version: saved.data.saveNominationDraft.version };
}
