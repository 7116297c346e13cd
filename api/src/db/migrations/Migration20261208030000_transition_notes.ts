import { Migration } from '@mikro-orm/migrations';

// The texts the system wrote as a change's reason before it stored codes (nomination-status.service.ts
// callers), each with the note that replaces it; the grade, where named, follows the colon.
const NOTES: [text: string, note: string][] = [
  ['resubmitted after correction', 'RESUBMITTED'],
  ['初评结束，进入复评', 'RE_REVIEW_STARTED'],
  ['复评结果公示：%', 'PUBLICIZED'],
  ['复评未获通过，不授奖', 'NOT_PASSED_RE_REVIEW'],
  ['审定通过：%', 'APPROVED'],
  ['公示期间实质性异议成立，不予授奖', 'OBJECTION_UPHELD'],
];

const GRADE_OF_TEXT = `case split_part(reason, '：', 2)
  when '一等奖' then 'FIRST' when '二等奖' then 'SECOND' when '三等奖' then 'THIRD' end::grade`;

/**
 * A change of a nomination's state and its notification keep why as codes, shown in the reader's
 * language: the system's note (with the grade it names) and a return's reasons section by section;
 * `reason` holds only what a person wrote. Rows written before are converted: the system's texts
 * become notes, and a return's one-line summary ("BENEFITS: …"), which repeated its section reasons
 * with the section's raw code, gives way to those reasons (copied onto its notifications).
 */
export class Migration20261208030000_transition_notes extends Migration {
  override name = 'Migration20261208030000_transition_notes';

  override up(): void | Promise<void> {
    this.addSql(
      `create type "transition_note" as enum ('RESUBMITTED', 'RE_REVIEW_STARTED', 'PUBLICIZED', 'NOT_PASSED_RE_REVIEW', 'APPROVED', 'OBJECTION_UPHELD');`,
    );
    this.addSql(
      `alter table "nomination_transition" add column "note" "transition_note" null, add column "note_grade" "grade" null;`,
    );
    this.addSql(
      `alter table "notification" add column "section_reasons" jsonb not null default '[]', add column "note" "transition_note" null, add column "note_grade" "grade" null;`,
    );
    this.addSql(
      `update "notification" as n set "section_reasons" = t."section_reasons", "reason" = ''
       from "nomination_transition" as t
       where n."kind" = 'STATUS_CHANGED' and n."to_status" = 'RETURNED' and t."nomination_id" = n."nomination_id"
         and t."to_status" = 'RETURNED' and t."reason" = n."reason" and t."section_reasons" <> '[]'::jsonb;`,
    );
    this.addSql(
      `update "nomination_transition" set "reason" = '' where "to_status" = 'RETURNED' and "section_reasons" <> '[]'::jsonb;`,
    );
    for (const table of ['nomination_transition', 'notification'])
      for (const [text, note] of NOTES)
        this.addSql(
          `update "${table}" set "note" = '${note}', "note_grade" = ${GRADE_OF_TEXT}, "reason" = '' where "reason" like '${text}';`,
        );
  }

  override down(): void | Promise<void> {
    this.addSql(
      'alter table "notification" drop column "section_reasons", drop column "note", drop column "note_grade";',
    );
    this.addSql('alter table "nomination_transition" drop column "note", drop column "note_grade";');
    this.addSql('drop type "transition_note";');
  }
}
