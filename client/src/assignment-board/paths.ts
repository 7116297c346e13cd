export const boardPath = '/assignment-board';

export function proposalPath(proposalId: string): string {
  return `${boardPath}/proposals/${proposalId}`;
}
