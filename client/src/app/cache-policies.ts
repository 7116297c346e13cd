import { assignmentsQueryFields } from '../assignments/assignments.cache';
import { auditQueryFields } from '../audit/audit.cache';
import { expertPoolQueryFields } from '../expert-pool/expert-pool.cache';
import { nominationsQueryFields } from '../nominations/nominations.cache';

/** How the cache keeps the paged lists of the features (one list per combination of filters). */
export const queryFieldPolicies = {
  ...assignmentsQueryFields,
  ...auditQueryFields,
  ...expertPoolQueryFields,
  ...nominationsQueryFields,
};
