import '../../common/graphql/enums.js';
import { Field, ObjectType } from '@nestjs/graphql';
import { ProductKind, ProductO } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({
  implements: () => [Node],
  description: "The programmacommissie's advice to an atelier, asked or unasked.",
})
export class Advice extends Node {
  @Field() title!: string;
  @Field() body!: string;
  @Field({ description: 'Whether the atelier asked for it.' }) asked!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType({
  implements: () => [Node],
  description: 'An output of an atelier: report, advice, book, method, work form, teaching module.',
})
export class Product extends Node {
  @Field(() => ProductKind) kind!: ProductKind;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => [ProductO]) os!: ProductO[];
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType()
export class ProductConnection extends Connection(Product) {}
