import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import type { Tx } from '../common/prisma/prisma.service.js';
import { enqueueMail, type OutgoingMail } from './outbox.js';

/** How the app sends mail: queued in the transaction of what causes it, sent by the worker after the commit. */
@Injectable()
export class MailService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Queues the message in `tx` (see enqueueMail); the worker sends it once the transaction commits. */
  async enqueue(tx: Tx, mail: OutgoingMail): Promise<boolean> {
    return (await enqueueMail(tx, mail)) !== null;
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }
}
