import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { CurrentCycleQuery } from '@award/schema/generated/graphql';

const currentCycleQuery = graphql(`
  query CurrentCycle {
    awardCycles {
      id
      year
      nameZh
      nameEn
      timeZone
    }
  }
`);

export type CurrentCycle = CurrentCycleQuery['awardCycles'][number];

/** The cycle the desks and the console work on: the newest one (the API lists them newest first). */
export function useCurrentCycle() {
  const { data, loading, error } = useQuery(currentCycleQuery);
  return { cycle: data?.awardCycles[0], loading, error };
}
