import { relayStylePagination } from '@apollo/client/utilities';

export const nominationsQueryFields = {
  // Pages fetched with `after` are appended to one list per filter combination, so "load more" grows the
  // table while a changed filter starts a list of its own.
  nominations: relayStylePagination(['cycleId', 'category', 'status', 'fieldId', 'nominatorId', 'search']),
};
