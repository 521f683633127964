import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type pg from 'pg';
import { Public } from '../common/authz/access.decorators.js';
import { PG_POOL } from '../common/prisma/prisma.service.js';

@Controller()
export class HealthController {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** 200 once the migrations are applied and the database answers; 503 otherwise. */
  @Public()
  @Get('healthz')
  async health(@Res() res: Response): Promise<void> {
    try {
      await this.pool.query('SELECT 1 FROM _prisma_migrations LIMIT 1');
      res.status(HttpStatus.OK).json({ status: 'ok' });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'unavailable' });
    }
  }
}
