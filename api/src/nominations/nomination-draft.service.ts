import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { CreditLimit } from '../cycles/credit-limit.entity.js';
import { AwardCategory, Grade, WindowKind } from '../cycles/cycle.enums.js';
import { assertWindowOpen } from '../cycles/cycle-window.service.js';
import { ExpertiseField } from '../cycles/expertise-field.entity.js';
import { assertId, findById } from '../db/find-by-id.js';
import { DomainError } from '../errors.js';
import { assertMayNominate } from '../organizations/eligibility.js';
import { Organization } from '../organizations/organization.entity.js';
import { assertRegistered } from '../organizations/registration.service.js';
import { Completer } from './completer.entity.js';
import { CompletingOrganization } from './completing-organization.entity.js';
import { Nomination } from './nomination.entity.js';
import { NominationStatus } from './nomination.enums.js';
import type { NewNominationInput, NominationDraftInput } from './nomination-draft.types.js';
import { assertDatesInOrder, assertDraftFields, assertWithinCreditLimits } from './nomination-form-rules.js';
import { replaceLists } from './nomination-lists.js';
import { NominationTransition } from './nomination-transition.entity.js';
import { assertNominatorMayChange, ownNomination } from './own-nomination.js';
import { recordSectionChanges, sectionsOfFields } from './returned-sections.js';

const CODE_PREFIX: Record<AwardCategory, string> = { INVENTION: 'INV', PROGRESS: 'PRG' };

/** The next code of the cycle and category (INV-2024-065), under a lock so two drafts never share one. */
async function nextCode(em: EntityManager, cycle: AwardCycle, category: AwardCategory): Promise<string> {
  const prefix = `${CODE_PREFIX[category]}-${cycle.year}-`;
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`nomination-code:${cycle.id}:${prefix}`]);
  const [last] = await em.find(
    Nomination,
    { cycle, code: { $like: `${prefix}%` } },
    { orderBy: { code: 'desc' }, limit: 1, fields: ['code'] },
  );
  const next = last ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(next).padStart(3, '0')}`;
}

/**
 * A registered, eligible organization starts a nomination inside the nomination window: a DRAFT with
 * its basics, which the nominator then fills in and saves as often as it likes.
 */
export async function createNomination(
  em: EntityManager,
  viewer: Viewer,
  input: NewNominationInput,
): Promise<Nomination> {
  assertId('cycleId', input.cycleId);
  assertId('fieldId', input.fieldId);
  assertDraftFields({ version: 0, projectName: input.projectName });
  const organizationId = viewer.organizationId;
  if (!organizationId)
    throw new DomainError('FORBIDDEN', {
      en: 'Only an organization’s account can nominate.',
      zh: '只有单位账号可以提名。',
    });
  return em.transactional(async (tx) => {
    await assertWindowOpen(tx, input.cycleId, WindowKind.NOMINATION);
    const organization = await tx.findOneOrFail(Organization, { id: organizationId });
    assertMayNominate(organization.type);
    await assertRegistered(tx, input.cycleId, organizationId);
    const cycle = await findById(tx, AwardCycle, input.cycleId, 'cycleId');
    const field = await findById(tx, ExpertiseField, input.fieldId, 'fieldId', { cycle: cycle.id });
    const nomination = tx.create(Nomination, {
      cycle,
      code: await nextCode(tx, cycle, input.category),
      category: input.category,
      nominator: organization,
      createdBy: viewer.userId,
      projectName: input.projectName.trim(),
      field,
    });
    tx.create(NominationTransition, {
      nomination,
      toStatus: NominationStatus.DRAFT,
      actor: viewer.userId,
      reason: '',
    });
    await tx.flush();
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: 'NOMINATION_CREATED',
      entityType: 'Nomination',
      entityId: nomination.id,
      after: { code: nomination.code, category: nomination.category, projectName: nomination.projectName },
    });
    return nomination;
  });
}

const SCALAR_FIELDS = [
  'projectName',
  'industry',
  'taskSource',
  'startDate',
  'endDate',
  'inventionPatentCount',
  'otherIpCount',
  'proposedGrade',
  'summary',
  'objectiveEvaluation',
  'economicBasis',
  'socialBenefit',
  'nominatorOpinion',
  'declaresTruthfulness',
  'declaresNoFee',
] as const;

/** The credit limits of the proposed grade; with no grade proposed, the highest grade's (the committee may give it). */
async function creditLimitFor(em: EntityManager, nomination: Nomination): Promise<CreditLimit> {
  const grade = nomination.proposedGrade ?? Grade.FIRST;
  return em.findOneOrFail(CreditLimit, {
    grade,
    categoryConfig: { cycle: nomination.cycle.id, category: nomination.category },
  });
}

/**
 * One autosave: checks the editor read the current version, applies the given fields and lists, checks
 * the whole draft, and writes it in one transaction, so a refused save leaves the stored draft as it was.
 */
export async function saveNominationDraft(
  em: EntityManager,
  viewer: Viewer,
  nominationId: string,
  input: NominationDraftInput,
): Promise<Nomination> {
  assertDraftFields(input);
  return em.transactional(async (tx) => {
    const nomination = await ownNomination(tx, viewer, nominationId, { lock: true });
    await assertNominatorMayChange(
      tx,
      nomination,
      { en: 'editing the form', zh: '修改提名书' },
      input.version,
    );
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of SCALAR_FIELDS) {
      const value = input[field];
      if (value === undefined || value === nomination[field]) continue;
      before[field] = nomination[field];
      after[field] = value;
    }
    if (input.fieldId !== undefined && input.fieldId !== nomination.field.id) {
      assertId('fieldId', input.fieldId);
      await findById(tx, ExpertiseField, input.fieldId, 'fieldId', { cycle: nomination.cycle.id });
      before.fieldId = nomination.field.id;
      after.fieldId = input.fieldId;
    }
    tx.assign(nomination, {
      ...after,
      ...(after.fieldId ? { field: input.fieldId } : {}),
      updatedAt: new Date(),
    });
    assertDatesInOrder(nomination);
    await replaceLists(tx, nomination, input, after);
    const counts = {
      completers: await tx.count(Completer, { nomination }),
      organizations: await tx.count(CompletingOrganization, { nomination }),
    };
    assertWithinCreditLimits(counts, await creditLimitFor(tx, nomination));
    await tx.flush();
    await recordSectionChanges(tx, nomination.id, sectionsOfFields(Object.keys(after)));
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: 'NOMINATION_DRAFT_SAVED',
      entityType: 'Nomination',
      entityId: nomination.id,
      before,
      after,
    });
    return nomination;
  });
}
