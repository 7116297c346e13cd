import type { RubricCriterionFragment } from '@award/schema/generated/graphql';
import { Alert, type FormInstance, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../app/language';
import type { SheetValues } from './sheet-values';
import type { PlacedProblem } from './use-submit-sheet';

interface ProblemListProps {
  problems: readonly PlacedProblem[];
  criteria: readonly RubricCriterionFragment[];
  form: FormInstance<SheetValues>;
}

/** Everything a refused submission named, each a link to its field (the rule is also shown beside it). */
export function ProblemList({ problems, criteria, form }: ProblemListProps) {
  const { t } = useTranslation('scoring');
  const language = useLanguage();
  if (problems.length === 0) return null;
  const placeOf = (problem: PlacedProblem) => {
    const [first, criterionId, field] = problem.path ?? [];
    if (first !== 'scores')
      return problem.path ? t(`sheet.${first as 'overallOpinion'}`) : t('problems.general');
    const criterion = criteria.find((candidate) => candidate.id === criterionId);
    const name = criterion ? localizedName(criterion, language) : '';
    return `${name} · ${t(`sheet.${field as 'level' | 'points' | 'comment'}`)}`;
  };
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('problems.title', { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((problem) => (
            <li key={problem.field}>
              <a
                href={`#${problem.field}`}
                onClick={(event) => {
                  event.preventDefault();
                  if (problem.path) form.scrollToField(problem.path, { focus: true, block: 'center' });
                }}
              >
                {placeOf(problem)}
              </a>{' '}
              <Typography.Text type="danger">{problem.rule}</Typography.Text>
            </li>
          ))}
        </ul>
      }
    />
  );
}
