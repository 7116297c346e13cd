import type { EntityManager } from '@mikro-orm/postgresql';
import type { AwardCategory } from '../cycles/cycle.enums.js';
import { Grade } from '../cycles/cycle.enums.js';
import { Completer } from '../nominations/completer.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import type { NominationStatus } from '../nominations/nomination.enums.js';
import { NominationResult } from '../results/nomination-result.entity.js';

/** A nomination as a published list shows it: the text copied at publication, never scores or reviewers. */
export interface ListedNomination {
  nomination: Nomination;
  code: string;
  projectName: string;
  nominatorName: string;
  completers: string[];
  grade: Grade | null;
  rank: number | null;
}

const GRADE_ORDER: Record<Grade, number> = { FIRST: 0, SECOND: 1, THIRD: 2, NONE: 3 };

/** The grade re-review gave each nomination (NominationResult.finalGrade), null when none was given. */
export async function gradesOf(
  em: EntityManager,
  nominationIds: readonly string[],
): Promise<Map<string, { grade: Grade | null; rank: number | null }>> {
  const results = await em.find(NominationResult, { nomination: { $in: [...nominationIds] } });
  return new Map(
    results.map((result) => [
      result.nomination.id,
      { grade: result.finalGrade ?? null, rank: result.rank ?? null },
    ]),
  );
}

/**
 * The category's nominations in the given states, as a list prints them: by grade, then by their
 * preliminary rank, then by code. Three queries, however many there are.
 */
export async function listedNominations(
  em: EntityManager,
  cycleId: string,
  category: AwardCategory,
  ...statuses: NominationStatus[]
): Promise<ListedNomination[]> {
  const nominations = await em.find(
    Nomination,
    { cycle: cycleId, category, status: { $in: statuses } },
    { populate: ['nominator'], orderBy: { code: 'asc' } },
  );
  const ids = nominations.map((nomination) => nomination.id);
  const grades = await gradesOf(em, ids);
  const completers = await em.find(
    Completer,
    { nomination: { $in: ids } },
    { orderBy: { position: 'asc' }, fields: ['nomination', 'name'] },
  );
  const namesOf = new Map<string, string[]>();
  for (const completer of completers) {
    namesOf.set(completer.nomination.id, [...(namesOf.get(completer.nomination.id) ?? []), completer.name]);
  }
  const listed = nominations.map((nomination) => ({
    nomination,
    code: nomination.code,
    projectName: nomination.projectName,
    nominatorName: nomination.nominator.name,
    completers: namesOf.get(nomination.id) ?? [],
    grade: grades.get(nomination.id)?.grade ?? null,
    rank: grades.get(nomination.id)?.rank ?? null,
  }));
  const gradeOrder = (entry: ListedNomination) => (entry.grade ? GRADE_ORDER[entry.grade] : 4);
  return listed.sort(
    (a, b) =>
      gradeOrder(a) - gradeOrder(b) ||
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      a.code.localeCompare(b.code),
  );
}

/** Refuses unless every listed nomination has a grade that is an award; returns the codes without one. */
export function codesWithoutAward(listed: readonly ListedNomination[]): string[] {
  return listed.filter((entry) => !entry.grade || entry.grade === Grade.NONE).map((entry) => entry.code);
}
