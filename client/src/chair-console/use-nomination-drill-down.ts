import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { NominationDrillDownQuery } from '@award/schema/generated/graphql';
import { useEffect, useRef } from 'react';

const nominationDrillDownQuery = graphql(`
  query NominationDrillDown($id: ID!, $withSheets: Boolean!) {
    nomination(id: $id) {
      id
      code
      projectName
      category
      results {
        id
        stage
        rank
        isTied
        sheetCount
        officialScore
        plainMean
        median
        severityAdjusted
        spread
        hasDisagreement
        scoreGrade
        recommendedGrade
        finalGrade
        computedAt
        criterionMeans {
          criterion {
            id
            code
            nameZh
            nameEn
            maxPoints
          }
          mean
          spread
          isDisagreement
        }
        countedSheets @include(if: $withSheets) {
          total
          adjustedTotal
          isTrimmed
          sheet {
            id
            status
            total
            submittedAt
            overallOpinion
            recommendedGrade
            scores {
              id
              criterion {
                id
                code
                nameZh
                nameEn
              }
              level
              points
              comment
            }
            assignment {
              id
              expert {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export type DrillDownResult = NominationDrillDownQuery['nomination']['results'][number];
export type CriterionMeanRow = DrillDownResult['criterionMeans'][number];
export type CountedSheetRow = NonNullable<DrillDownResult['countedSheets']>[number];

/**
 * A nomination's preliminary result, and its sheets once `withSheets` (each staff read of a sheet is
 * audited, so they are fetched only when asked for). `figures` is what the live ranking shows of it: when a
 * sheet arrives or is reopened it changes, and the drill-down is fetched again to match.
 */
export function useNominationDrillDown(nominationId: string, withSheets: boolean, figures: string) {
  const query = useQuery(nominationDrillDownQuery, {
    variables: { id: nominationId, withSheets },
    fetchPolicy: 'cache-and-network',
  });
  const shownFigures = useRef(figures);
  const { refetch } = query;
  useEffect(() => {
    if (shownFigures.current === figures) return;
    shownFigures.current = figures;
    void refetch();
  }, [figures, refetch]);
  const result = query.data?.nomination.results.find((candidate) => candidate.stage === 'PRELIMINARY');
  return { ...query, nomination: query.data?.nomination, result };
}
