import { reviewRoute } from './paths';
import { ReviewerWorkspace } from './ReviewerWorkspace';

/** The reviewer workspace, a screen under the expert's inbox (its menu entry stays the inbox). */
export const reviewerWorkspaceSubpage = { path: reviewRoute, page: <ReviewerWorkspace /> };
