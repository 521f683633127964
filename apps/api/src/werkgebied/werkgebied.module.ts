import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import {
  MembershipResolver,
  NotificationMembershipResolver,
  OrganisationMembershipsResolver,
  UserMembershipsResolver,
} from './membership.resolver.js';
import { MembershipService } from './membership.service.js';
import {
  AtelierWorkshopResolver,
  MunicipalityResolver,
  OrganisationResolver,
  SocialIssueWorkshopResolver,
  UserWorkshopsResolver,
  WorkshopResolver,
} from './werkgebied.resolver.js';
import { WerkgebiedService } from './werkgebied.service.js';

@Module({
  imports: [UserModule, NotificationModule],
  providers: [
    WerkgebiedService,
    MembershipService,
    MunicipalityResolver,
    OrganisationResolver,
    WorkshopResolver,
    SocialIssueWorkshopResolver,
    AtelierWorkshopResolver,
    UserWorkshopsResolver,
    MembershipResolver,
    UserMembershipsResolver,
    NotificationMembershipResolver,
    OrganisationMembershipsResolver,
  ],
  exports: [WerkgebiedService, MembershipService],
})
export class WerkgebiedModule {}
