/** The nominator's list, and the form of one of its nominations. */
export const myNominationsPath = '/my-nominations';

export const formPath = (nominationId: string) => `${myNominationsPath}/${nominationId}`;
