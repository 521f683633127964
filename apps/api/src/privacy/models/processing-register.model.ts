import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    "A werkplaats's register of processing (verwerkingsregister), generated from the data model, in Dutch, for its FG.",
})
export class ProcessingRegister {
  @Field({ description: 'The register as a JSON document (UTF-8).' }) json!: string;
  @Field({
    description:
      'The register as CSV: UTF-8 with a byte order mark, semicolons between cells, Dutch headings.',
  })
  csv!: string;
  @Field() generatedAt!: Date;
}
