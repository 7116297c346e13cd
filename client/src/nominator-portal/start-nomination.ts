import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { NewNominationInput } from '@award/schema/generated/graphql';

const createNominationMutation = graphql(`
  mutation CreateNomination($input: NewNominationInput!) {
    createNomination(input: $input) {
      id
      code
    }
  }
`);

const registerForCycleMutation = graphql(`
  mutation RegisterForCycle($cycleId: ID!) {
    registerForCycle(cycleId: $cycleId) {
      id
      registeredAt
    }
  }
`);

/** The API's refusal of a nomination by an organization that has not signed up for the cycle yet. */
function needsRegistration(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.rule === 'REGISTRATION_REQUIRED')
  );
}

/**
 * Starts a draft, signing the organization up for the cycle first if it has not yet (award-rules.md, the
 * filing flow: sign up, then fill in). Registration is tried only when the API asks for it, since its own
 * window may have closed for an organization that signed up in time.
 */
export function useStartNomination() {
  const [create, creation] = useMutation(createNominationMutation, { refetchQueries: ['MyNominations'] });
  const [register, registration] = useMutation(registerForCycleMutation);
  async function start(input: NewNominationInput) {
    try {
      return (await create({ variables: { input } })).data?.createNomination;
    } catch (error) {
      if (!needsRegistration(error)) throw error;
    }
    await register({ variables: { cycleId: input.cycleId } });
    return (await create({ variables: { input } })).data?.createNomination;
  }
  return { start, isStarting: creation.loading || registration.loading };
}
