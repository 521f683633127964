import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type pg from 'pg';
import { Public } from '../common/authz/access.decorators.js';
import { PG_POOL } from '../common/prisma/prisma.service.js';

@Controller()
export class HealthController {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** 200 once the migrations are applied and the database answers; 503 otherwise. */
  @Public()
  @Get('healthz')
  async health(@Res() reply: FastifyReply): Promise<void> {
    try {
      await this.pool.query('SELECT 1 FROM _prisma_migrations LIMIT 1');
      await reply.code(HttpStatus.OK).send({ status: 'ok' });
    } catch {
      await reply.code(HttpStatus.SERVICE_UNAVAILABLE).send({ status: 'unavailable' });
    }
  }
}
