import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/authz/access.decorators.js';
import { HealthService } from './health.service.js';

@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /**
   * 200 `{"status":"ok"}` while requests can be answered: the migrations are applied and the database
   * answers the statements requests send, as they send them. Otherwise 503 with what failed, in words
   * (`checks`), never the error itself.
   */
  @Public()
  @Get('healthz')
  async healthz(@Res() reply: FastifyReply): Promise<void> {
    const { ok, checks } = await this.health.check();
    await reply
      .header('cache-control', 'no-store')
      .code(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .send(ok ? { status: 'ok' } : { status: 'unavailable', checks });
  }
}
