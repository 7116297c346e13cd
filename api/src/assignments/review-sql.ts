/**
 * The review rules that SQL over many assignments needs, written once (aliases: `a` assignment,
 * `n` nomination, `s` its score sheet, `w` the review window joined by REVIEW_WINDOW_JOIN).
 */

/** A review in the stage that counts against a load and towards k: neither declined nor recused. */
export const ACTIVE_REVIEW = `a.stage = 'PRELIMINARY' and a.status in ('PENDING', 'ACCEPTED')`;

/** No submitted sheet yet (none at all, or a draft). */
export const UNSUBMITTED = `s.status is distinct from 'SUBMITTED'`;

export const REVIEW_WINDOW_JOIN = `left join cycle_window w on w.cycle_id = n.cycle_id and w.kind = 'PRELIMINARY_REVIEW'`;

/**
 * When a review is due, the only definition of it (review-deadline.ts reads it for single assignments):
 * the close of the preliminary review window, which the secretariat moves for everybody, or the chair's
 * extension of this one review (`due_at`, null until extended) when that is later. The later of the two,
 * so that reopening the window never leaves an extended reviewer due before the others.
 */
export const REVIEW_DUE = 'greatest(a.due_at, w.closes_at)';
