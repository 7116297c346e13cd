import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { assertId } from '../db/find-by-id.js';
import { badInput, DomainError } from '../errors.js';
import { Expert } from './expert.entity.js';
import { EXPERT_DECLARATION } from './expert-declaration.js';

/** The viewer's own expert profile in a cycle: NOT_FOUND when it has none there. */
export async function ownExpertProfile(em: EntityManager, viewer: Viewer, cycleId: string): Promise<Expert> {
  assertId('cycleId', cycleId);
  const expert = await em.findOne(Expert, { cycle: cycleId, user: viewer.userId });
  if (!expert)
    throw new DomainError(
      'NOT_FOUND',
      { en: `You have no expert profile in cycle ${cycleId}.`, zh: '您在本评选年度没有专家档案。' },
      { cycleId },
    );
  return expert;
}

/** When the viewer accepted the declaration in the cycle, if it is an expert there and did. */
export async function declarationAcceptedAt(
  em: EntityManager,
  viewer: Viewer | null,
  cycleId: string | null | undefined,
): Promise<Date | null> {
  if (!viewer || !cycleId) return null;
  assertId('cycleId', cycleId);
  const expert = await em.findOne(Expert, { cycle: cycleId, user: viewer.userId });
  return expert?.declarationAcceptedAt ?? null;
}

/**
 * The expert accepts the declaration of the version it was shown (award-rules.md: every expert accepts
 * it before seeing any material). Accepting again changes nothing: the first acceptance stands.
 */
export async function acceptExpertDeclaration(
  em: EntityManager,
  viewer: Viewer,
  cycleId: string,
  version: number,
): Promise<Expert> {
  if (version !== EXPERT_DECLARATION.version)
    throw badInput('version', {
      en: `the declaration is at version ${EXPERT_DECLARATION.version}; read it again`,
      zh: `声明已更新为第 ${EXPERT_DECLARATION.version} 版，请重新阅读`,
    });
  const expert = await ownExpertProfile(em, viewer, cycleId);
  if (expert.declarationAcceptedAt) return expert;
  return em.transactional(async (tx) => {
    expert.declarationAcceptedAt = new Date();
    await tx.flush();
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: 'EXPERT_DECLARATION_ACCEPTED',
      entityType: 'Expert',
      entityId: expert.id,
      before: { declarationAcceptedAt: null },
      after: { declarationAcceptedAt: expert.declarationAcceptedAt, version },
    });
    return expert;
  });
}
