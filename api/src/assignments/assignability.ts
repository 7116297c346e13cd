import type { EntityManager } from '@mikro-orm/postgresql';
import { findConflicts } from '../conflicts/conflict-rules.js';
import { badInput, DomainError, notFound } from '../errors.js';
import { term } from '../i18n/terms.js';
import {
  existingPairs,
  loadPoolExperts,
  loadPoolNominations,
  type PoolExpert,
  type PoolNomination,
} from './review-pool.js';
import { fitOf, type ProposedPair } from './solver/assignment-problem.js';

export interface ReviewerPair {
  nominationId: string;
  expertId: string;
}

/**
 * The hard constraints of an assignment, the same for the solver's proposal, its adjustment, its commit
 * and every change by hand: the nomination takes reviewers, the expert is of the cycle, available, of
 * the nomination's field, not in conflict, not asked before, within its maximum load, and the nomination
 * not above k active reviewers (both counting the other new pairs). Refuses with the first broken rule, naming the expert and the nomination.
 */
export async function assertAssignable(
  em: EntityManager,
  cycleId: string,
  pairs: ReviewerPair[],
): Promise<ProposedPair[]> {
  // Changes to a cycle's reviewers take turns, so that loads and k are counted against committed data.
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`assignments:${cycleId}`]);
  const keys = pairs.map(({ expertId, nominationId }) => `${expertId}:${nominationId}`);
  if (new Set(keys).size !== keys.length)
    throw badInput('pairs', {
      en: 'a reviewer is listed twice for one nomination',
      zh: '同一提名项目重复分配了同一位专家',
    });
  const nominationIds = [...new Set(pairs.map((pair) => pair.nominationId))];
  const expertIds = [...new Set(pairs.map((pair) => pair.expertId))];
  const [nominations, experts, conflicts, asked] = await Promise.all([
    loadPoolNominations(em, cycleId, { nominationIds }),
    loadPoolExperts(em, cycleId, expertIds),
    findConflicts(em, { cycleId, expertIds, nominationIds }),
    existingPairs(em, nominationIds),
  ]);
  const nominationById = new Map(nominations.map((nomination) => [nomination.id, nomination]));
  const expertById = new Map(experts.map((expert) => [expert.id, expert]));
  const addedToExpert = new Map<string, number>();
  const addedToNomination = new Map<string, number>();
  for (const { nominationId, expertId } of pairs) {
    const nomination = nominationById.get(nominationId);
    if (!nomination) {
      throw new DomainError(
        'CONFLICT',
        {
          en: `Nomination ${nominationId} does not take reviewers now.`,
          zh: `提名 ${nominationId} 当前不接受分配评审专家。`,
        },
        {
          nominationId,
          rule: 'NOT_ASSIGNABLE',
        },
      );
    }
    const expert = expertById.get(expertId);
    if (!expert) throw notFound('Expert', expertId);
    const about = { expertId, nominationId, expert: expert.name, nomination: nomination.code };
    if (!expert.isAvailable) {
      throw new DomainError(
        'CONFLICT',
        { en: `${expert.name} is not available for review.`, zh: `${expert.name}目前不可参加评审。` },
        {
          ...about,
          rule: 'UNAVAILABLE',
        },
      );
    }
    if (fitOf(expert, nomination.fieldId) === 0) {
      throw new DomainError(
        'BAD_USER_INPUT',
        {
          en: `${expert.name} does not review the field of ${nomination.code}.`,
          zh: `${expert.name}不属于 ${nomination.code} 的专业领域。`,
        },
        {
          ...about,
          field: 'expertId',
          rule: 'FIELD',
        },
      );
    }
    const reasons = conflicts.reasons(expertId, nominationId);
    if (reasons.length > 0) {
      throw new DomainError(
        'CONFLICT',
        {
          en: `${expert.name} has a conflict of interest with ${nomination.code}: ${reasons.map((reason) => `${term('conflictRule', reason.rule, 'en')} (${reason.detail})`).join('; ')}.`,
          zh: `${expert.name}与 ${nomination.code} 存在利益冲突，不能分配：${reasons.map((reason) => `${term('conflictRule', reason.rule)}（${reason.detail}）`).join('；')}。`,
        },
        { ...about, rule: 'CONFLICT_OF_INTEREST', reasons },
      );
    }
    if (asked.has(`${expertId}:${nominationId}`)) {
      throw new DomainError(
        'CONFLICT',
        {
          en: `${expert.name} was already asked to review ${nomination.code}.`,
          zh: `${expert.name}已被邀请评审 ${nomination.code}。`,
        },
        {
          ...about,
          rule: 'ALREADY_ASKED',
        },
      );
    }
    const load = expert.existingLoad + (addedToExpert.get(expertId) ?? 0) + 1;
    if (load > expert.maxLoad) {
      throw new DomainError(
        'CONFLICT',
        {
          en: `${expert.name} would review ${load}, above its maximum of ${expert.maxLoad}.`,
          zh: `${expert.name}的评审任务将达 ${load} 项，超过上限 ${expert.maxLoad} 项。`,
        },
        {
          ...about,
          rule: 'MAX_LOAD',
        },
      );
    }
    const reviewers = nomination.activeReviewers + (addedToNomination.get(nominationId) ?? 0) + 1;
    if (reviewers > nomination.k) {
      throw new DomainError(
        'CONFLICT',
        {
          en: `${nomination.code} would have ${reviewers} reviewers; k is ${nomination.k}.`,
          zh: `${nomination.code} 的评审专家将达 ${reviewers} 位，超过规定人数 ${nomination.k} 位。`,
        },
        {
          ...about,
          rule: 'K_REACHED',
        },
      );
    }
    addedToExpert.set(expertId, load - expert.existingLoad);
    addedToNomination.set(nominationId, reviewers - nomination.activeReviewers);
  }
  // The pairs as a proposal keeps them, with the fit the checks just read.
  return pairs.map(({ nominationId, expertId }) => {
    const expert = expertById.get(expertId) as PoolExpert;
    const { fieldId } = nominationById.get(nominationId) as PoolNomination;
    return {
      nominationId,
      expertId,
      fit: fitOf(expert, fieldId),
      isPrimaryField: expert.primaryFieldId === fieldId,
    };
  });
}
