import { registerEnumType } from '@nestjs/graphql';
import {
  ActivityKind,
  AtelierJoinMode,
  AtelierStatus,
  CitizenConsent,
  EmailInvitationStatus,
  JoinRequestKind,
  JoinRequestStatus,
  MembershipStatus,
  Condition,
  Domain,
  Level,
  OrganisationKind,
  OrganisationStatus,
  ParticipationRole,
  ParticipationStatus,
  PartyKind,
  ProductKind,
  ProductO,
  SocialIssueChangeKind,
  SocialIssueStatus,
  Visibility,
  WorkshopRoleKind,
} from '../../generated/prisma/enums.js';

// The database enums are the API's enums: one list of values, checked by Postgres and GraphQL alike.
registerEnumType(Condition, { name: 'Condition', description: 'The four conditions of social quality.' });
registerEnumType(Level, { name: 'Level' });
registerEnumType(Domain, { name: 'Domain' });
registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'The visibility ladder, lowest rung first.',
});
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description:
    'Whether an organisation is in the public list: one a person proposed waits (PROPOSED) for a beheerder of its werkplaats to confirm a membership of it (LISTED) or decline it (DECLINED).',
});
registerEnumType(PartyKind, { name: 'PartyKind' });
registerEnumType(SocialIssueStatus, { name: 'SocialIssueStatus' });
registerEnumType(SocialIssueChangeKind, { name: 'SocialIssueChangeKind' });
registerEnumType(AtelierStatus, { name: 'AtelierStatus' });
registerEnumType(ParticipationRole, { name: 'ParticipationRole' });
registerEnumType(ParticipationStatus, { name: 'ParticipationStatus' });
registerEnumType(ActivityKind, { name: 'ActivityKind' });
registerEnumType(ProductKind, { name: 'ProductKind' });
registerEnumType(ProductO, { name: 'ProductO' });
registerEnumType(AtelierJoinMode, {
  name: 'AtelierJoinMode',
  description:
    'Who may join the arena: anyone (OPEN), who asks and is let in (ON_REQUEST), or whom the trekker invites.',
});
registerEnumType(JoinRequestKind, { name: 'JoinRequestKind' });
registerEnumType(JoinRequestStatus, { name: 'JoinRequestStatus' });
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'A membership is a request until confirmed (or declined).',
});
registerEnumType(WorkshopRoleKind, { name: 'WorkshopRoleKind' });
registerEnumType(EmailInvitationStatus, {
  name: 'EmailInvitationStatus',
  description:
    'An invitation by e-mail: open until accepted, declined (in the app), withdrawn by whoever may invite, or expired (its link works 14 days).',
});
registerEnumType(CitizenConsent, {
  name: 'CitizenConsent',
  description:
    'How the citizen a lesson tells of agreed to it being told beyond the practice; NOT_GIVEN keeps the lesson at ARENA or below.',
});
