/** The staff's list of nominations, and the page of one nomination under it. */
export const nominationsPath = '/nominations';

export const nominationPath = (nominationId: string) => `${nominationsPath}/${nominationId}`;
