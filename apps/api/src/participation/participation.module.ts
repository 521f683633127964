import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { UserModule } from '../user/user.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import { JoiningService } from './joining.service.js';
import {
  AtelierParticipationResolver,
  JoinRequestResolver,
  NotificationJoiningResolver,
  ParticipationChangeResolver,
  ParticipationResolver,
} from './participation.resolver.js';
import { ParticipationService } from './participation.service.js';
import { InvitationService } from './invitation.service.js';
import { AtelierInvitationResolver, InvitationResolver } from './invitation.resolver.js';

@Module({
  imports: [AtelierModule, UserModule, WerkgebiedModule, NotificationModule],
  providers: [
    ParticipationService,
    JoiningService,
    ParticipationResolver,
    ParticipationChangeResolver,
    JoinRequestResolver,
    AtelierParticipationResolver,
    NotificationJoiningResolver,
    InvitationService,
    InvitationResolver,
    AtelierInvitationResolver,
  ],
  exports: [ParticipationService, InvitationService],
})
export class ParticipationModule {}
