import '../../common/graphql/enums.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ProductKind, ProductO, Visibility } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';
import { PersonalDataFinding } from '../../privacy/models/personal-data.model.js';

@ObjectType({
  implements: () => [Node],
  description:
    'An output of an atelier (opbrengst): report, advice, method, work form, teaching module, publication, clip. It climbs the visibility ladder from ARENA.',
})
export class Product extends Node {
  @Field(() => ProductKind) kind!: ProductKind;
  @Field() title!: string;
  @Field({ description: 'The summary (plain text).' }) description!: string;
  @Field(() => String, { nullable: true, description: 'A link to where it lives (https).' }) url!:
    string | null;
  @Field(() => [ProductO], { description: 'The four O’s it serves.' }) os!: ProductO[];
  @Field(() => Date, { nullable: true, description: 'Its date, as its makers give it.' })
  publishedAt!: Date | null;
  @Field(() => Visibility) visibility!: Visibility;
  @Field({ description: 'Changes with every edit; an edit names the version it read.' }) version!: number;
  @Field() createdAt!: Date;
}

@ObjectType()
export class ProductConnection extends Connection(Product) {}

@ObjectType({ description: 'The file an output carries, served at `url` to those who read the output.' })
export class ProductFile {
  @Field() id!: string;
  @Field({ description: 'The sanitised file name.' }) name!: string;
  @Field(() => Int, { description: 'In bytes.' }) size!: number;
  @Field({ description: 'What its bytes are (PDF, ODT, DOCX, PPTX or MP4).' }) contentType!: string;
  @Field({ description: 'Where to download it (same origin).' }) url!: string;
}

@ObjectType({ description: 'How many sources of an output the reader may not read (never which).' })
export class ProductHiddenSources {
  @Field(() => Int) lessons!: number;
  @Field(() => Int) insights!: number;
}

@ObjectType()
export class ResolveProductPersonalDataPayload {
  @Field(() => Product) product!: Product;
  @Field(() => [PersonalDataFinding], { description: 'What still stops a climb (no choice made yet).' })
  unresolved!: PersonalDataFinding[];
}
