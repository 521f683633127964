import '../../common/graphql/enums.js';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Condition, Domain, Level, Visibility } from '../../generated/prisma/enums.js';
import { ConnectionArgs } from '../../common/graphql/connection.js';

@InputType()
export class LogLessonInput {
  @Field(() => ID) atelierId!: string;
  @Field(() => ID, { nullable: true, description: 'The practice it was learned in; none: at atelier level.' })
  practiceId?: string | null;
  @Field({ description: '3 to 200 characters.' }) title!: string;
  @Field({ description: 'Rich text (HTML); stored sanitized; up to 20,000 characters.' }) body!: string;
  @Field(() => [Condition], { description: 'One or more of the four conditions.' }) conditions!: Condition[];
  @Field(() => Level) level!: Level;
  @Field(() => Domain) domain!: Domain;
  @Field(() => Visibility, {
    nullable: true,
    description:
      'DRAFT (default), or the first rung above it: PRACTICE in a practice, ARENA at atelier level.',
  })
  visibility?: Visibility | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the trekker may make it public ("mag openbaar"); no by default.',
  })
  publicConsent?: boolean | null;
}

@InputType()
export class UpdateLessonInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version that was read.' }) version!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => [Condition], { nullable: true }) conditions?: Condition[] | null;
  @Field(() => Level, { nullable: true }) level?: Level | null;
  @Field(() => Domain, { nullable: true }) domain?: Domain | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'Another practice of the same atelier to move it to: its author only, taking part in that practice. The rung stays as it is.',
  })
  practiceId?: string | null;
}

@ArgsType()
export class LessonsArgs extends ConnectionArgs {
  @Field(() => Visibility, { nullable: true }) visibility?: Visibility | null;
  @Field(() => Condition, { nullable: true }) condition?: Condition | null;
  @Field(() => ID, { nullable: true }) municipalityId?: string | null;
  @Field(() => ID, { nullable: true }) practiceId?: string | null;
}
