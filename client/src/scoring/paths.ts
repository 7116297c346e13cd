/** The reviewer workspace of one assignment: the nomination beside the expert's score sheet. */
export const reviewRoute = '/review/:assignmentId';

export const reviewPath = (assignmentId: string) => `/review/${assignmentId}`;
