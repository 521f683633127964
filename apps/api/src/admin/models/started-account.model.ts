import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../../user/models/user.model.js';

@ObjectType({ description: 'An account a beheerder started, with the one-time link for its owner.' })
export class StartedAccount {
  @Field(() => User) user!: User;
  @Field({
    description:
      'The one-time link (`…/wachtwoord-instellen?token=…`) to pass on: its owner sets a password with it, once, within seven days. Shown only here.',
  })
  link!: string;
  @Field() expiresAt!: Date;
}
