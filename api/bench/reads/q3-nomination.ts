/**
 * Q3, one nomination in full as staff read it: the form's fields and sections, its files, and its
 * reviewers with their sheets and scores (the chair's look at each sheet is audited by the API). For
 * the API, the PostGraphile 5 baseline and the raw-SQL ceiling.
 */
import { byKey, decimal, instant, type Json } from './canonical.js';

const FORM_FIELDS = `code projectName category status version industry taskSource startDate endDate
    inventionPatentCount otherIpCount proposedGrade summary objectiveEvaluation economicBasis socialBenefit
    nominatorOpinion declaresTruthfulness declaresNoFee submittedAt`;

/** As the staff's detail page asks it, signed in as the chair. */
export const NOMINATION_IN_FULL = `query ($id: ID!) {
  nomination(id: $id) {
    ${FORM_FIELDS}
    nominator { name }
    field { nameZh }
    completers { position name idDocumentNumber employer title contribution }
    completingOrganizations { position organization { name } }
    innovations { position content }
    applications { position userOrganization technologyApplied period contact benefit }
    economicBenefits { year newSales newProfit newTax foreignExchange savings }
    intellectualProperty { position kind title number holder grantedOn }
    files { fileName purpose evidenceKind mediaType sizeBytes sha256 uploadedAt }
    assignments { status assignedAt expert { name }
      scoreSheet { status total submittedAt scores { points level comment criterion { code } } } }
  }
}`;

export const NOMINATION_IN_FULL_POSTGRAPHILE = `query ($id: UUID!) {
  nominationByRowId(rowId: $id) {
    ${FORM_FIELDS}
    organizationByNominatorId { name }
    expertiseFieldByFieldId { nameZh }
    completersByNominationId { nodes { position name idDocumentNumber employer title contribution } }
    completingOrganizationsByNominationId { nodes { position organizationByOrganizationId { name } } }
    innovationsByNominationId { nodes { position content } }
    applicationRecordsByNominationId { nodes { position userOrganization technologyApplied period contact benefit } }
    economicBenefitsByNominationId { nodes { year newSales newProfit newTax foreignExchange savings } }
    intellectualPropertiesByNominationId { nodes { position kind title number holder grantedOn } }
    nominationFilesByNominationId { nodes { fileName purpose evidenceKind mediaType sizeBytes sha256 uploadedAt } }
    assignmentsByNominationId { nodes { status assignedAt expertByExpertId { name }
      scoreSheetByAssignmentId { status total submittedAt
        criterionScoresBySheetId { nodes { points level comment criterionByCriterionId { code } } } } } }
  }
}`;

/** The API's answer in one statement, in its orders. $1: the nomination. */
export const NOMINATION_IN_FULL_SQL = `
select json_build_object('data', json_build_object('nomination', json_build_object(
  'code', n.code, 'projectName', n.project_name, 'category', n.category, 'status', n.status,
  'version', n.version, 'industry', n.industry, 'taskSource', n.task_source, 'startDate', n.start_date,
  'endDate', n.end_date, 'inventionPatentCount', n.invention_patent_count, 'otherIpCount', n.other_ip_count,
  'proposedGrade', n.proposed_grade, 'summary', n.summary, 'objectiveEvaluation', n.objective_evaluation,
  'economicBasis', n.economic_basis, 'socialBenefit', n.social_benefit, 'nominatorOpinion', n.nominator_opinion,
  'declaresTruthfulness', n.declares_truthfulness, 'declaresNoFee', n.declares_no_fee,
  'submittedAt', n.submitted_at,
  'nominator', (select json_build_object('name', o.name) from organization o where o.id = n.nominator_id),
  'field', (select json_build_object('nameZh', f.name_zh) from expertise_field f where f.id = n.field_id),
  'completers', (
    select coalesce(json_agg(json_build_object('position', c.position, 'name', c.name,
      'idDocumentNumber', c.id_document_number, 'employer', c.employer, 'title', c.title,
      'contribution', c.contribution) order by c.position), '[]')
    from completer c where c.nomination_id = n.id),
  'completingOrganizations', (
    select coalesce(json_agg(json_build_object('position', co.position,
      'organization', json_build_object('name', o.name)) order by co.position), '[]')
    from completing_organization co join organization o on o.id = co.organization_id where co.nomination_id = n.id),
  'innovations', (
    select coalesce(json_agg(json_build_object('position', i.position, 'content', i.content) order by i.position), '[]')
    from innovation i where i.nomination_id = n.id),
  'applications', (
    select coalesce(json_agg(json_build_object('position', ar.position, 'userOrganization', ar.user_organization,
      'technologyApplied', ar.technology_applied, 'period', ar.period, 'contact', ar.contact,
      'benefit', ar.benefit) order by ar.position), '[]')
    from application_record ar where ar.nomination_id = n.id),
  'economicBenefits', (
    select coalesce(json_agg(json_build_object('year', b.year, 'newSales', b.new_sales, 'newProfit', b.new_profit,
      'newTax', b.new_tax, 'foreignExchange', b.foreign_exchange, 'savings', b.savings) order by b.year), '[]')
    from economic_benefit b where b.nomination_id = n.id),
  'intellectualProperty', (
    select coalesce(json_agg(json_build_object('position', ip.position, 'kind', ip.kind, 'title', ip.title,
      'number', ip.number, 'holder', ip.holder, 'grantedOn', ip.granted_on) order by ip.position), '[]')
    from intellectual_property ip where ip.nomination_id = n.id),
  'files', (
    select coalesce(json_agg(json_build_object('fileName', nf.file_name, 'purpose', nf.purpose,
      'evidenceKind', nf.evidence_kind, 'mediaType', nf.media_type, 'sizeBytes', nf.size_bytes,
      'sha256', nf.sha256, 'uploadedAt', nf.uploaded_at) order by nf.uploaded_at, nf.id), '[]')
    from nomination_file nf where nf.nomination_id = n.id),
  'assignments', (
    select coalesce(json_agg(json_build_object('status', a.status, 'assignedAt', a.assigned_at,
      'expert', json_build_object('name', e.name),
      'scoreSheet', (
        select json_build_object('status', s.status, 'total', s.total, 'submittedAt', s.submitted_at, 'scores', (
          select coalesce(json_agg(json_build_object('points', cs.points, 'level', cs.level, 'comment', cs.comment,
            'criterion', json_build_object('code', c.code)) order by c.position), '[]')
          from criterion_score cs join criterion c on c.id = cs.criterion_id where cs.sheet_id = s.id))
        from score_sheet s where s.assignment_id = a.id)) order by a.assigned_at, a.id), '[]')
    from assignment a join expert e on e.id = a.expert_id where a.nomination_id = n.id)
)))::text as body
from nomination n where n.id = $1`;

type Row = Record<string, unknown>;

/** Numbers of BigFloat columns as numbers, instants as milliseconds; other values as they are. */
function plain(row: Row, decimals: string[] = [], instants: string[] = []): Row {
  const copy = { ...row };
  for (const key of decimals) copy[key] = decimal(row[key]);
  for (const key of instants) copy[key] = instant(row[key] as string | null);
  return copy;
}

const BENEFIT_FIGURES = ['newSales', 'newProfit', 'newTax', 'foreignExchange', 'savings'];

interface Canonical {
  form: Row;
  nominator: string;
  field: string;
  completers: Row[];
  completingOrganizations: { position: number; name: string }[];
  innovations: Row[];
  applications: Row[];
  economicBenefits: Row[];
  intellectualProperty: Row[];
  files: Row[];
  assignments: {
    status: string;
    assignedAt: string;
    expert: string;
    sheet: { status: string; total: unknown; submittedAt: string | null; scores: Row[] } | null;
  }[];
}

function canonicalNomination(nomination: Canonical): Json {
  const byPosition = (rows: Row[]) => byKey(rows, (row) => row.position as number);
  return JSON.parse(
    JSON.stringify({
      form: plain(nomination.form, [], ['submittedAt']),
      nominator: nomination.nominator,
      field: nomination.field,
      completers: byPosition(nomination.completers),
      completingOrganizations: byKey(nomination.completingOrganizations, (row) => row.position),
      innovations: byPosition(nomination.innovations),
      applications: byPosition(nomination.applications),
      economicBenefits: byKey(
        nomination.economicBenefits.map((row) => plain(row, BENEFIT_FIGURES)),
        (row) => row.year as number,
      ),
      intellectualProperty: byPosition(nomination.intellectualProperty),
      files: byKey(
        nomination.files.map((row) => plain(row, [], ['uploadedAt'])),
        (row) => `${row.uploadedAt}|${row.sha256}`,
      ),
      assignments: byKey(
        nomination.assignments.map(
          ({ sheet, ...assignment }): Row => ({
            ...plain(assignment, [], ['assignedAt']),
            sheet: sheet && {
              ...plain(sheet, ['total'], ['submittedAt']),
              scores: byKey(
                sheet.scores.map((score) => plain(score, ['points'])),
                (score) => score.code as string,
              ),
            },
          }),
        ),
        (assignment) => `${assignment.assignedAt}|${assignment.expert}`,
      ),
    }),
  );
}

const FORM_KEYS = FORM_FIELDS.split(/\s+/).filter(Boolean);
const pick = (row: Row, keys: string[]) => Object.fromEntries(keys.map((key) => [key, row[key]]));

interface ApiNomination extends Row {
  nominator: { name: string };
  field: { nameZh: string };
  completers: Row[];
  completingOrganizations: { position: number; organization: { name: string } }[];
  innovations: Row[];
  applications: Row[];
  economicBenefits: Row[];
  intellectualProperty: Row[];
  files: Row[];
  assignments: {
    status: string;
    assignedAt: string;
    expert: { name: string };
    scoreSheet: {
      status: string;
      total: number | null;
      submittedAt: string | null;
      scores: (Row & { criterion: { code: string } })[];
    } | null;
  }[];
}

export function canonicalNominationFromApi(data: unknown): Json {
  const nomination = (data as { nomination: ApiNomination }).nomination;
  return canonicalNomination({
    ...nomination,
    form: pick(nomination, FORM_KEYS),
    nominator: nomination.nominator.name,
    field: nomination.field.nameZh,
    completingOrganizations: nomination.completingOrganizations.map((row) => ({
      position: row.position,
      name: row.organization.name,
    })),
    assignments: nomination.assignments.map(({ scoreSheet, ...assignment }) => ({
      status: assignment.status,
      assignedAt: assignment.assignedAt,
      expert: assignment.expert.name,
      sheet: scoreSheet && {
        status: scoreSheet.status,
        total: scoreSheet.total,
        submittedAt: scoreSheet.submittedAt,
        scores: scoreSheet.scores.map(({ criterion, ...score }) => ({ ...score, code: criterion.code })),
      },
    })),
  });
}

type Nodes<T> = { nodes: T[] };

interface PostGraphileNomination extends Row {
  organizationByNominatorId: { name: string };
  expertiseFieldByFieldId: { nameZh: string };
  completersByNominationId: Nodes<Row>;
  completingOrganizationsByNominationId: Nodes<{
    position: number;
    organizationByOrganizationId: { name: string };
  }>;
  innovationsByNominationId: Nodes<Row>;
  applicationRecordsByNominationId: Nodes<Row>;
  economicBenefitsByNominationId: Nodes<Row>;
  intellectualPropertiesByNominationId: Nodes<Row>;
  nominationFilesByNominationId: Nodes<Row>;
  assignmentsByNominationId: Nodes<{
    status: string;
    assignedAt: string;
    expertByExpertId: { name: string };
    scoreSheetByAssignmentId: {
      status: string;
      total: string | null;
      submittedAt: string | null;
      criterionScoresBySheetId: Nodes<Row & { criterionByCriterionId: { code: string } }>;
    } | null;
  }>;
}

export function canonicalNominationFromPostGraphile(data: unknown): Json {
  const nomination = (data as { nominationByRowId: PostGraphileNomination }).nominationByRowId;
  return canonicalNomination({
    form: pick(nomination, FORM_KEYS),
    nominator: nomination.organizationByNominatorId.name,
    field: nomination.expertiseFieldByFieldId.nameZh,
    completers: nomination.completersByNominationId.nodes,
    completingOrganizations: nomination.completingOrganizationsByNominationId.nodes.map((row) => ({
      position: row.position,
      name: row.organizationByOrganizationId.name,
    })),
    innovations: nomination.innovationsByNominationId.nodes,
    applications: nomination.applicationRecordsByNominationId.nodes,
    economicBenefits: nomination.economicBenefitsByNominationId.nodes,
    intellectualProperty: nomination.intellectualPropertiesByNominationId.nodes,
    files: nomination.nominationFilesByNominationId.nodes,
    assignments: nomination.assignmentsByNominationId.nodes.map((assignment) => {
      const sheet = assignment.scoreSheetByAssignmentId;
      return {
        status: assignment.status,
        assignedAt: assignment.assignedAt,
        expert: assignment.expertByExpertId.name,
        sheet: sheet && {
          status: sheet.status,
          total: sheet.total,
          submittedAt: sheet.submittedAt,
          scores: sheet.criterionScoresBySheetId.nodes.map(({ criterionByCriterionId, ...score }) => ({
            ...score,
            code: criterionByCriterionId.code,
          })),
        },
      };
    }),
  });
}
