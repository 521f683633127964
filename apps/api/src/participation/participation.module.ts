import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { UserModule } from '../user/user.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import { AtelierParticipationResolver, ParticipationResolver } from './participation.resolver.js';
import { ParticipationService } from './participation.service.js';

@Module({
  imports: [AtelierModule, UserModule, WerkgebiedModule],
  providers: [ParticipationService, ParticipationResolver, AtelierParticipationResolver],
  exports: [ParticipationService],
})
export class ParticipationModule {}
