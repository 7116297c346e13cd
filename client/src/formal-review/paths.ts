/** The queue of formal review, and the decision screen of one nomination under it. */
export const queuePath = '/formal-review';

export const decisionPath = (nominationId: string) => `${queuePath}/${nominationId}`;
