import { registerEnumType } from 'type-graphql';

/** What an expert answers to an assignment of its own. */
export enum AssignmentResponse {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  RECUSE = 'RECUSE',
}
registerEnumType(AssignmentResponse, {
  name: 'AssignmentResponse',
  description:
    'ACCEPT 接受, DECLINE 谢绝 (with a reason), RECUSE 回避 (with a reason; recorded as a declared conflict)',
});
