import { relayStylePagination } from '@apollo/client/utilities';

export const expertPoolQueryFields = {
  experts: relayStylePagination(['cycleId']),
};
