import { Assignment } from '../assignments/assignment.entity.js';
import { assignmentNeeds, loadAssignmentRelations } from '../assignments/assignment-relations.js';
import type { RequestContext } from '../context.js';
import { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { readRows } from '../db/read-rows.js';
import { uuidArray } from '../db/sql-arrays.js';
import { Organization } from '../organizations/organization.entity.js';
import { ApplicationRecord } from './application-record.entity.js';
import { Completer } from './completer.entity.js';
import { CompletingOrganization } from './completing-organization.entity.js';
import { EconomicBenefit } from './economic-benefit.entity.js';
import { Innovation } from './innovation.entity.js';
import { IntellectualProperty } from './intellectual-property.entity.js';
import type { Nomination } from './nomination.entity.js';
import { NominationFile } from './nomination-file.entity.js';
import { SECTION_ORDERS } from './nomination-sections.resolver.js';

/** A section read with the nominations: its table, its rows' order, and whether the response asks. */
const SECTIONS = [
  {
    name: 'completers',
    entity: Completer,
    table: 'completer',
    order: 'position',
    by: SECTION_ORDERS.byPosition,
  },
  {
    name: 'innovations',
    entity: Innovation,
    table: 'innovation',
    order: 'position',
    by: SECTION_ORDERS.byPosition,
  },
  {
    name: 'applications',
    entity: ApplicationRecord,
    table: 'application_record',
    order: 'position',
    by: SECTION_ORDERS.byPosition,
  },
  {
    name: 'economicBenefits',
    entity: EconomicBenefit,
    table: 'economic_benefit',
    order: 'year',
    by: SECTION_ORDERS.benefits,
  },
  {
    name: 'intellectualProperty',
    entity: IntellectualProperty,
    table: 'intellectual_property',
    order: 'position',
    by: SECTION_ORDERS.byPosition,
  },
  // `evidence` is the evidence among the files.
  {
    name: 'files',
    also: 'evidence',
    entity: NominationFile,
    table: 'nomination_file',
    order: 'uploaded_at, id',
    by: SECTION_ORDERS.files,
  },
  {
    name: 'completingOrganizations',
    entity: CompletingOrganization,
    table: 'completing_organization',
    order: 'position',
    by: SECTION_ORDERS.byPosition,
  },
  {
    name: 'assignments',
    entity: Assignment,
    table: 'assignment',
    order: 'assigned_at, id',
    by: SECTION_ORDERS.assignments,
  },
] as const;

/**
 * What the fields of these nominations show (`prefix`: where they are in the selection, `edges.node.`
 * for a page), read in one statement: the nominator and the field, every section of the form the
 * response asks for, the completing organizations, and the assignments, whose own rows follow in a
 * second statement (assignment-relations.ts). They prime this request's loaders as read-only rows.
 */
export async function loadNominationRelations(
  ctx: RequestContext,
  nominations: readonly Nomination[],
  selected: Set<string>,
  prefix: string,
): Promise<void> {
  if (nominations.length === 0) return;
  const { em, loaders } = ctx;
  const asks = (path: string) => selected.has(`${prefix}${path}`);
  const sections = SECTIONS.filter(
    (section) => asks(section.name) || ('also' in section && asks(section.also)),
  );
  const ids = nominations.map((nomination) => nomination.id);
  const nominatorIds = asks('nominator') ? nominations.map((nomination) => nomination.nominator.id) : [];
  const fieldIds = asks('field') ? nominations.map((nomination) => nomination.field.id) : [];
  const organizationsOf = asks('completingOrganizations.organization')
    ? 'union select organization_id from completing_organization where nomination_id = any(?::uuid[])'
    : '';
  const [rows] = await em.execute<Record<string, object[] | null>[]>(
    `select
      ${sections
        .map(
          (section) =>
            `(select json_agg(t order by nomination_id, ${section.order}) from ${section.table} t
              where nomination_id = any(?::uuid[])) as "${section.name}",`,
        )
        .join('\n')}
      (select json_agg(o) from organization o where o.id = any(array(select unnest(?::uuid[]) ${organizationsOf})))
        as organizations,
      (select json_agg(f) from expertise_field f where f.id = any(?::uuid[])) as fields`,
    [
      ...sections.map(() => uuidArray(ids)),
      uuidArray(nominatorIds),
      ...(organizationsOf ? [uuidArray(ids)] : []),
      uuidArray(fieldIds),
    ],
  );
  loaders.prime(Organization, readRows(em, Organization, rows.organizations));
  loaders.prime(ExpertiseField, readRows(em, ExpertiseField, rows.fields));
  for (const section of sections) {
    const sectionRows = readRows<object>(em, section.entity, rows[section.name]);
    loaders.primeChildren(section.entity, 'nomination' as never, section.by as never, ids, sectionRows);
    if (section.entity === Assignment) {
      await loadAssignmentRelations(ctx, sectionRows as Assignment[], {
        ...assignmentNeeds(selected, `${prefix}assignments.`),
        nominations: false,
      });
    }
  }
}
