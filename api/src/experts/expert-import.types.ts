import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'a row of the spreadsheet refused, and why' })
export class ExpertImportRefusal {
  @Field(() => Int, { description: 'the spreadsheet’s row number; the header is row 1' })
  row!: number;

  @Field(() => String, { description: 'the column: name, title, employerCreditCode, email, primaryField, …' })
  field!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'what an expert import did, or would do' })
export class ExpertImportReport {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [ExpertImportRefusal], { description: 'any refusal, and nothing is written' })
  refused!: ExpertImportRefusal[];

  @Field(() => Boolean)
  isDryRun!: boolean;

  @Field(() => Boolean, { description: 'false on a dry run and whenever a row is refused (all or nothing)' })
  isCommitted!: boolean;
}

@ObjectType({ description: 'a column of the expert import' })
export class ExpertImportColumn {
  @Field(() => String, { description: 'the name refusals use' })
  key!: string;

  @Field(() => String)
  headerZh!: string;

  @Field(() => String)
  headerEn!: string;

  @Field(() => Boolean)
  isRequired!: boolean;

  @Field(() => String)
  format!: string;
}

@ObjectType({ description: 'the csv template of the expert import, for the client to offer as a download' })
export class ExpertImportTemplate {
  @Field(() => String, { description: 'e.g. experts-template.csv' })
  fileName!: string;

  @Field(() => String, {
    description: 'the header line, ending in CRLF; headers in Chinese or English are accepted',
  })
  csv!: string;

  @Field(() => [ExpertImportColumn])
  columns!: ExpertImportColumn[];
}
