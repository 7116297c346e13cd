import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const reviewersPerNominationQuery = graphql(`
  query ReviewersPerNomination($cycleId: ID!) {
    awardCycle(id: $cycleId) {
      id
      categories {
        id
        category
        expertsPerNomination
      }
    }
  }
`);

/**
 * The board's rule in one sentence, with the cycle's own k (a setting per category, award-rules.md
 * "each accepted nomination gets k experts"): one number when the categories agree, else one per category.
 */
export function AssignmentBoardIntro({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation(['assignmentBoard', 'nominations']);
  const { data } = useQuery(reviewersPerNominationQuery, { variables: { cycleId } });
  const categories = data?.awardCycle.categories ?? [];
  if (categories.length === 0) return null;
  const counts = new Set(categories.map((category) => category.expertsPerNomination));
  const reviewers =
    counts.size === 1
      ? t('introReviewers', { k: categories[0].expertsPerNomination })
      : categories
          .map((category) =>
            t('introReviewersOf', {
              category: t(`nominations:category.${category.category}`),
              k: category.expertsPerNomination,
            }),
          )
          .join(t('introSeparator'));
  return <Typography.Text type="secondary">{t('intro', { reviewers })}</Typography.Text>;
}
