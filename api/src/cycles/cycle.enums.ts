import { registerEnumType } from 'type-graphql';

export enum AwardCategory {
  INVENTION = 'INVENTION',
  PROGRESS = 'PROGRESS',
}
registerEnumType(AwardCategory, {
  name: 'AwardCategory',
  description: 'INVENTION 质量技术发明奖, PROGRESS 质量技术进步奖',
});

/** Award grades: at most three, per national rules. */
export enum Grade {
  FIRST = 'FIRST',
  SECOND = 'SECOND',
  THIRD = 'THIRD',
  NONE = 'NONE',
}
registerEnumType(Grade, { name: 'Grade', description: '一等奖 二等奖 三等奖 不授奖' });

/** The windows of a cycle's timeline; each is opened and closed by the secretariat. */
export enum WindowKind {
  REGISTRATION = 'REGISTRATION',
  NOMINATION = 'NOMINATION',
  FORMAL_REVIEW = 'FORMAL_REVIEW',
  PRELIMINARY_REVIEW = 'PRELIMINARY_REVIEW',
  RE_REVIEW = 'RE_REVIEW',
  PUBLICITY = 'PUBLICITY',
  APPROVAL = 'APPROVAL',
}
registerEnumType(WindowKind, { name: 'WindowKind' });
