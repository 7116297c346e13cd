import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { WindowKind } from '../cycles/cycle.enums.js';
import { assertWindowOpen } from '../cycles/cycle-window.service.js';
import { assertId, findById } from '../db/find-by-id.js';
import { badInput, DomainError, notFound } from '../errors.js';
import { term } from '../i18n/terms.js';
import type { Text } from '../i18n/text.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { Objection, ObjectionStatus, ObjectionSubject } from '../results/objection.entity.js';
import { closingConflict } from './closing-conflict.js';
import type { ObjectionInput } from './objection.types.js';
import { mayClassify, nextObjectionStates } from './objection-lifecycle.js';
import { lockCategory } from './publicity.service.js';

/** award-rules.md, Publicity: an objection is real-name and written, with evidence. */
function refuseAnonymous(field: 'objectorName' | 'objectorContact', value: string): void {
  if (value.length > 0) return;
  throw new DomainError(
    'BAD_USER_INPUT',
    {
      en: `${field}: an objection must carry the objector's real name and contact; anonymous objections are refused`,
      zh: '异议须署真实姓名并留联系方式，匿名异议不予受理。',
    },
    { field, rule: 'ANONYMOUS' },
  );
}

function required(field: string, value: string, rule: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badInput(field, rule);
  return trimmed;
}

/**
 * The secretariat records a written objection it received during publicity. Refused when anonymous,
 * about the grade alone, without content or evidence, late (received outside the publicity window:
 * WINDOW_CLOSED) or against a nomination not in publicity.
 */
export async function fileObjection(
  em: EntityManager,
  viewer: Viewer,
  nominationId: string,
  input: ObjectionInput,
  now = new Date(),
): Promise<Objection> {
  assertId('nominationId', nominationId);
  const objectorName = input.objectorName.trim();
  const objectorContact = input.objectorContact.trim();
  refuseAnonymous('objectorName', objectorName);
  refuseAnonymous('objectorContact', objectorContact);
  if (objectorName.length > 50) throw badInput('objectorName', 'at most 50 characters');
  if (objectorContact.length > 100) throw badInput('objectorContact', 'at most 100 characters');
  const objectorOrganization = input.objectorOrganization?.trim() || null;
  if (objectorOrganization && objectorOrganization.length > 200)
    throw badInput('objectorOrganization', 'at most 200 characters');
  const content = required('content', input.content, 'the text of the written objection');
  const evidence = required(
    'evidence',
    input.evidence,
    'an objection comes with evidence; describe what was enclosed',
  );
  const subjects = [...new Set(input.subjects)];
  if (subjects.length === 0) throw badInput('subjects', 'name what the objection challenges');
  if (subjects.every((subject) => subject === ObjectionSubject.GRADE)) {
    throw new DomainError(
      'BAD_USER_INPUT',
      {
        en: 'subjects: an objection about the grade alone is refused (award-rules.md, Publicity)',
        zh: '仅对获奖等级提出的异议不予受理。',
      },
      { field: 'subjects', rule: 'GRADE_ONLY' },
    );
  }
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt > now) throw badInput('receivedAt', 'cannot be in the future');
  const found = await findById(em, Nomination, nominationId, 'nominationId');
  // Taken in turn with approval, which moves the category's nominations out of publicity.
  await lockCategory(em, found.cycle.id, found.category);
  const nomination = await em.refresh(found);
  if (!nomination || nomination.status !== NominationStatus.PUBLICITY) {
    throw closingConflict(
      'NOT_IN_PUBLICITY',
      {
        en: `Nomination ${found.code} is “${term('nominationStatus', found.status, 'en')}”, not in publicity: objections are taken during publicity only.`,
        zh: `${found.code} 不在公示期内，只受理公示期间的异议。`,
      },
      { nominationId },
    );
  }
  // Late objections are refused: what counts is when the secretariat received it.
  await assertWindowOpen(em, nomination.cycle.id, WindowKind.PUBLICITY, receivedAt);
  const objection = em.create(Objection, {
    nomination,
    objectorName,
    objectorContact,
    objectorOrganization,
    content,
    evidence,
    subjects,
    receivedAt,
    recordedBy: em.getReference(User, viewer.userId),
  });
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'OBJECTION_FILED',
    entityType: 'Objection',
    entityId: objection.id,
    after: { nominationId, code: nomination.code, subjects, receivedAt: receivedAt.toISOString() },
  });
  return objection;
}

/** Locked, so that two answers to one objection take turns and each sees the other's outcome. */
async function findObjection(em: EntityManager, id: string): Promise<Objection> {
  assertId('id', id);
  const objection = await em.findOne(
    Objection,
    { id },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!objection) throw notFound('Objection', id);
  return objection;
}

/** The secretariat's reading: substantive (truth, ownership, ranking) objections are investigated before approval. */
export async function classifyObjection(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  isSubstantive: boolean,
): Promise<Objection> {
  const objection = await findObjection(em, id);
  if (!mayClassify(objection.status)) {
    throw closingConflict(
      'OBJECTION_STATE',
      `An objection that is ${objection.status} is no longer classified.`,
      {
        status: objection.status,
      },
    );
  }
  const before = { isSubstantive: objection.isSubstantive, classifiedAt: objection.classifiedAt ?? null };
  objection.isSubstantive = isSubstantive;
  objection.classifiedAt = new Date();
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'OBJECTION_CLASSIFIED',
    entityType: 'Objection',
    entityId: objection.id,
    before,
    after: { isSubstantive },
  });
  return objection;
}

/**
 * Moves an objection on with a written answer (or, for INVESTIGATING, a note of what is being looked
 * into), as its state machine allows (objection-lifecycle.ts).
 */
export async function resolveObjection(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  status: ObjectionStatus,
  resolution: string,
): Promise<Objection> {
  const answer = required('resolution', resolution, 'the written answer to the objector');
  if (status === ObjectionStatus.RECEIVED)
    throw badInput('status', 'an objection is received once, when filed');
  const objection = await findObjection(em, id);
  const allowed = nextObjectionStates({
    status: objection.status,
    isClassified: objection.classifiedAt != null,
    isSubstantive: objection.isSubstantive,
  });
  if (!allowed.includes(status)) {
    throw closingConflict('OBJECTION_STATE', movementRefusal(objection, status), {
      from: objection.status,
      to: status,
      allowed,
    });
  }
  const from = objection.status;
  objection.status = status;
  objection.resolution = answer;
  if (status !== ObjectionStatus.INVESTIGATING) objection.resolvedAt = new Date();
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'OBJECTION_RESOLVED',
    entityType: 'Objection',
    entityId: objection.id,
    before: { status: from },
    after: { status, resolution: answer },
  });
  return objection;
}

function movementRefusal(objection: Objection, to: ObjectionStatus): Text {
  if (
    objection.status === ObjectionStatus.RECEIVED &&
    objection.classifiedAt == null &&
    to !== ObjectionStatus.REFUSED
  )
    return {
      en: 'Classify the objection (substantive or not) before answering it.',
      zh: '请先认定异议是否为实质性异议，再作处理。',
    };
  if (objection.status === ObjectionStatus.RECEIVED && objection.isSubstantive)
    return {
      en: 'A substantive objection is investigated before it is upheld or dismissed.',
      zh: '实质性异议须先调查核实，方可认定成立或不成立。',
    };
  return {
    en: `An objection that is ${objection.status} cannot become ${to}.`,
    zh: '该异议在当前状态下不能作此处理。',
  };
}

/** The cycle's objections for staff, oldest first, optionally in one state. */
export function listObjections(em: EntityManager, cycleId: string, status?: ObjectionStatus | null) {
  assertId('cycleId', cycleId);
  return em.find(
    Objection,
    { nomination: { cycle: cycleId }, ...(status ? { status } : {}) },
    { orderBy: { receivedAt: 'asc', id: 'asc' } },
  );
}
