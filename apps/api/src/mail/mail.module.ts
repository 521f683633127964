import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service.js';
import { MailWorker } from './mail.worker.js';

/** The outbox and its worker; global, as any module whose change causes mail queues it. */
@Global()
@Module({ providers: [MailWorker, MailService], exports: [MailService, MailWorker] })
export class MailModule {}
