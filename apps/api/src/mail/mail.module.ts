import { Global, Module } from '@nestjs/common';
import { DeadLetters, DeadLettersResolver } from './dead-letters.js';
import { MailService } from './mail.service.js';
import { MailWorker } from './mail.worker.js';
import { MailRenderers } from './renderers.js';
import { UnsubscribeSettings } from './unsubscribe.js';

/** The outbox and its worker; global, as any module whose change causes mail queues it. */
@Global()
@Module({
  providers: [MailWorker, MailService, MailRenderers, UnsubscribeSettings, DeadLetters, DeadLettersResolver],
  exports: [MailService, MailWorker, MailRenderers, UnsubscribeSettings],
})
export class MailModule {}
