import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import type { AwardCategory } from '../cycles/cycle.enums.js';
import { findById } from '../db/find-by-id.js';
import { Criterion } from './criterion.entity.js';
import { LevelDescriptor } from './level-descriptor.entity.js';
import { Rubric } from './rubric.entity.js';
import type { CriterionInput } from './rubric.types.js';
import { assertRubric } from './rubric-rules.js';
import { ScoreSheet } from './score-sheet.entity.js';

/**
 * The secretariat sets a category's rubric. Until scoring starts (the first sheet locks it) the latest
 * version is replaced in place; after that, the change is a new version, used by sheets started from
 * then on, while sheets already started keep theirs.
 */
export async function saveRubric(
  em: EntityManager,
  viewer: Viewer,
  input: { cycleId: string; category: AwardCategory; criteria: CriterionInput[] },
): Promise<Rubric> {
  assertRubric(input.criteria);
  const cycle = await findById(em, AwardCycle, input.cycleId, 'cycleId');
  // Locked, as the first sheet started on it locks it, so that scoring cannot start while it is replaced.
  const latest = await em.findOne(
    Rubric,
    { cycle, category: input.category },
    { orderBy: { version: 'desc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  let rubric: Rubric;
  // Sheets started on a rubric lock it, even where lockedAt was never set (data loaded from elsewhere).
  const isInUse =
    latest != null && (latest.lockedAt != null || (await em.count(ScoreSheet, { rubric: latest })) > 0);
  if (latest && !isInUse) {
    rubric = latest;
    await em.nativeDelete(Criterion, { rubric });
  } else {
    rubric = em.create(Rubric, { cycle, category: input.category, version: (latest?.version ?? 0) + 1 });
  }
  input.criteria.forEach((given, i) => {
    const { levels, ...fields } = given;
    const criterion = em.create(Criterion, { ...fields, rubric, position: i + 1 });
    for (const level of levels) em.create(LevelDescriptor, { ...level, criterion });
  });
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: rubric === latest ? 'RUBRIC_REPLACED' : 'RUBRIC_VERSION_CREATED',
    entityType: 'Rubric',
    entityId: rubric.id,
    before: latest ? { version: latest.version, lockedAt: latest.lockedAt ?? null } : null,
    after: {
      version: rubric.version,
      criteria: input.criteria.map(({ code, maxPoints }) => ({ code, maxPoints })),
    },
  });
  return rubric;
}
