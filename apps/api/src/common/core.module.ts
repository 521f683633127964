import { Global, Module, type DynamicModule } from '@nestjs/common';
import type pg from 'pg';
import { AuditService } from './audit/audit.service.js';
import { AccessService } from './authz/access.service.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { RateLimits } from './http/rate-limits.js';
import { NodeRegistry } from './graphql/node.registry.js';
import { PG_POOL, PrismaService } from './prisma/prisma.service.js';

/** What every domain module may inject: the config, the database and the node registry. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, pool: pg.Pool): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: PG_POOL, useValue: pool },
        { provide: PrismaService, useFactory: () => new PrismaService(pool) },
        NodeRegistry,
        AccessService,
        RateLimits,
        AuditService,
      ],
      exports: [APP_CONFIG, PG_POOL, PrismaService, NodeRegistry, AccessService, RateLimits, AuditService],
    };
  }
}
