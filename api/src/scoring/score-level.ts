import { registerEnumType } from 'type-graphql';

/** Level bands of every criterion: A 90–100 %, B 75–89 %, C 60–74 %, D below 60 % of its points. */
export enum ScoreLevel {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(ScoreLevel, { name: 'ScoreLevel' });
