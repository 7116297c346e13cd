import { relayStylePagination } from '@apollo/client/utilities';

export const assignmentsQueryFields = {
  assignments: relayStylePagination(['expertId', 'nominationId']),
};
