import { relayStylePagination } from '@apollo/client/utilities';

export const auditQueryFields = {
  auditEvents: relayStylePagination(['entityType', 'entityId', 'actorId', 'from', 'to']),
};
