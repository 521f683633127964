import '../../common/graphql/enums.js';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { EmailInvitationStatus, ParticipationRole } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';
import { Workshop } from '../../werkgebied/models/municipality.model.js';

@ObjectType({
  implements: () => [Node],
  description:
    'An invitation by e-mail address into an atelier (arena or tribune) or a werkplaats; read by those who may make and withdraw it.',
})
export class EmailInvitation extends Node {
  @Field() email!: string;
  @Field(() => ParticipationRole, {
    nullable: true,
    description: 'Null for an invitation into the werkplaats.',
  })
  role!: ParticipationRole | null;
  @Field(() => EmailInvitationStatus, { description: 'EXPIRED once an open invitation is past its expiry.' })
  status!: EmailInvitationStatus;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field() createdAt!: Date;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or withdrawn.' })
  closedAt!: Date | null;
}

@ObjectType()
export class EmailInvitationConnection extends Connection(EmailInvitation) {}

@ObjectType({
  description:
    'What the link of an invitation by e-mail (/uitnodiging?token=…) shows whoever holds it: where to, from whom, and whether it still works.',
})
export class InvitationByLink {
  @Field({ description: 'The address it was sent to (an account made with the link gets it).' })
  email!: string;
  @Field(() => ParticipationRole, { nullable: true }) role!: ParticipationRole | null;
  @Field(() => EmailInvitationStatus) status!: EmailInvitationStatus;
  @Field() expiresAt!: Date;
  @Field(() => Workshop) workshop!: unknown;
  @Field(() => ID, {
    nullable: true,
    description: 'The atelier (global ID); null for a werkplaats invitation.',
  })
  atelierId!: string | null;
  @Field(() => String, { nullable: true }) atelierTitle!: string | null;
  @Field({ description: 'Who invites, by name.' }) inviterName!: string;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field({
    description:
      'Whether the address has an account: then sign in with it to accept; otherwise sign up (or in).',
  })
  accountExists!: boolean;
}

@InputType({ description: 'A new account for the invited address, made while accepting its invitation.' })
export class InvitationSignUpInput {
  @Field() name!: string;
  @Field() password!: string;
}
