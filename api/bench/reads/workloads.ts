import type { Workload } from '../options.js';
import type { Target } from '../requests.js';
import type { Json } from './canonical.js';
import {
  canonicalResultsFromApi,
  canonicalResultsFromPostGraphile,
  RESULTS_CATEGORY,
  RESULTS_POSTGRAPHILE,
  RESULTS_WITH_SHEETS,
} from './q1-results-page.js';
import {
  canonicalAssignmentsFromApi,
  canonicalAssignmentsFromPostGraphile,
  OWN_ASSIGNMENTS,
  OWN_ASSIGNMENTS_POSTGRAPHILE,
} from './q2-own-assignments.js';
import {
  canonicalNominationFromApi,
  canonicalNominationFromPostGraphile,
  NOMINATION_IN_FULL,
  NOMINATION_IN_FULL_POSTGRAPHILE,
} from './q3-nomination.js';

/** The three servers of every read workload. */
export const SERVERS = ['API', 'PostGraphile 5', 'raw SQL'] as const;
export type Server = (typeof SERVERS)[number];

/** Where the servers listen, and who asks. */
export interface ReadContext {
  urls: Record<Server, string>;
  cycleId: string;
  chairToken: string;
  /** a synthetic expert who has accepted the declaration, for Q2 */
  expert: { id: string; token: string };
  /** a nomination with reviewers and sheets, for Q3 */
  nominationId: string;
}

export interface ReadWorkload {
  name: Workload;
  description: string;
  /** the page size of the measured request; undefined for a single object */
  pageSize?: number;
  /** one request to each server, for a page of `first` rows */
  targets(context: ReadContext, first?: number): Record<Server, Target>;
  /** each server's data (the response's `data`) in the form the three must agree on */
  canonical: Record<Server, (data: unknown) => Json>;
}

function graphqlTarget(name: string, url: string, query: string, variables: object, token?: string): Target {
  return {
    name,
    url: `${url}/graphql`,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  };
}

function rawSqlTarget(name: string, url: string, workload: Workload, params: unknown[]): Target {
  return {
    name,
    url: `${url}/${workload}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ params }),
  };
}

/** Q1 to Q3 of issue 8, each through the API as the client sends it and through both baselines. */
export const READ_WORKLOADS: ReadWorkload[] = [
  {
    name: 'Q1',
    description: `a category's results page (${RESULTS_CATEGORY}), as the chair`,
    pageSize: 50,
    targets: (context, first = 50) => ({
      API: graphqlTarget(
        'Q1 API',
        context.urls.API,
        RESULTS_WITH_SHEETS,
        { cycleId: context.cycleId, first },
        context.chairToken,
      ),
      'PostGraphile 5': graphqlTarget(
        'Q1 PostGraphile 5',
        context.urls['PostGraphile 5'],
        RESULTS_POSTGRAPHILE,
        {
          cycleId: context.cycleId,
          first,
        },
      ),
      'raw SQL': rawSqlTarget('Q1 raw SQL', context.urls['raw SQL'], 'Q1', [
        context.cycleId,
        RESULTS_CATEGORY,
        first,
      ]),
    }),
    canonical: {
      API: canonicalResultsFromApi,
      'PostGraphile 5': canonicalResultsFromPostGraphile,
      'raw SQL': canonicalResultsFromApi,
    },
  },
  {
    name: 'Q2',
    description: "an expert's own assignments, as the expert",
    pageSize: 50,
    targets: (context, first = 50) => ({
      API: graphqlTarget('Q2 API', context.urls.API, OWN_ASSIGNMENTS, { first }, context.expert.token),
      'PostGraphile 5': graphqlTarget(
        'Q2 PostGraphile 5',
        context.urls['PostGraphile 5'],
        OWN_ASSIGNMENTS_POSTGRAPHILE,
        { expertId: context.expert.id, first },
      ),
      'raw SQL': rawSqlTarget('Q2 raw SQL', context.urls['raw SQL'], 'Q2', [context.expert.id, first]),
    }),
    canonical: {
      API: canonicalAssignmentsFromApi,
      'PostGraphile 5': canonicalAssignmentsFromPostGraphile,
      'raw SQL': canonicalAssignmentsFromApi,
    },
  },
  {
    name: 'Q3',
    description: 'one nomination in full, with its reviewers and sheets, as the chair',
    targets: (context) => ({
      API: graphqlTarget(
        'Q3 API',
        context.urls.API,
        NOMINATION_IN_FULL,
        { id: context.nominationId },
        context.chairToken,
      ),
      'PostGraphile 5': graphqlTarget(
        'Q3 PostGraphile 5',
        context.urls['PostGraphile 5'],
        NOMINATION_IN_FULL_POSTGRAPHILE,
        { id: context.nominationId },
      ),
      'raw SQL': rawSqlTarget('Q3 raw SQL', context.urls['raw SQL'], 'Q3', [context.nominationId]),
    }),
    canonical: {
      API: canonicalNominationFromApi,
      'PostGraphile 5': canonicalNominationFromPostGraphile,
      'raw SQL': canonicalNominationFromApi,
    },
  },
];
