import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '评审专家公正性与保密承诺书: accepted online before any material is shown' })
export class ExpertDeclaration {
  @Field(() => Int, { description: 'the version an expert accepts; new wording is a new version' })
  version!: number;

  @Field(() => String)
  textZh!: string;

  @Field(() => String)
  textEn!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'when the viewer accepted it as an expert of the cycle asked about; null if not (yet)',
  })
  acceptedAt!: Date | null;
}
