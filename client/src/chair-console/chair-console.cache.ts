import { relayStylePagination } from '@apollo/client/utilities';

export const chairConsoleQueryFields = {
  results: relayStylePagination(['cycleId', 'category']),
};
