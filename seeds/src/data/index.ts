export * from './accounts.js';
export * from './credit-limits.js';
export * from './experts.js';
export * from './fields.js';
export * from './nominations.js';
export * from './organizations.js';
export * from './rubrics.js';
export type * from './types.js';
