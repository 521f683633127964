import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { ActivityModule } from './activity/activity.module.js';
import { AdviceModule } from './advice/advice.module.js';
import { AdminModule } from './admin/admin.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AtelierModule } from './atelier/atelier.module.js';
import { AtelierPageModule } from './atelier-page/atelier-page.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AccessGuard } from './common/authz/access.guard.js';
import type { AppConfig } from './common/config/config.js';
import { CoreModule } from './common/core.module.js';
import { withDeadlines } from './common/graphql/deadline.js';
import { ExpectedErrorsFilter } from './common/graphql/expected-errors.filter.js';
import { createErrorFormatter } from './common/graphql/format-error.js';
import { GRAPHQL_LIMITS, costLimitPlugin, limitValidationRules } from './common/graphql/limits.js';
import { Loaders } from './common/graphql/loaders.js';
import { retryAfterPlugin } from './common/graphql/retry-after.plugin.js';
import type { RequestContext } from './common/graphql/request-context.js';
import { noStorePlugins } from './common/graphql/no-store.plugin.js';
import { ContentScopes } from './common/graphql/content-scopes.js';
import { ResponseCache } from './common/graphql/response-cache.js';
import { storableTextPlugin } from './common/graphql/storable-text.plugin.js';
import { withGlobalIds } from './common/graphql/relay.js';
import { DigestModule } from './digest/digest.module.js';
import { FeedModule } from './feed/feed.module.js';
import { HealthController } from './health/health.controller.js';
import { HealthService } from './health/health.service.js';
import { InsightModule } from './insight/insight.module.js';
import { LessonModule } from './lesson/lesson.module.js';
import { LiveModule } from './live/live.module.js';
import { MailModule } from './mail/mail.module.js';
import { NationalThemeModule } from './national-theme/national-theme.module.js';
import { NetworkModule } from './network/network.module.js';
import { NodeResolver } from './node/node.resolver.js';
import { NotificationModule } from './notification/notification.module.js';
import { ParticipationModule } from './participation/participation.module.js';
import { PracticeModule } from './practice/practice.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { ProductModule } from './product/product.module.js';
import { QuestionModule } from './question/question.module.js';
import { ProposalModule } from './proposal/proposal.module.js';
import { ReactionModule } from './reaction/reaction.module.js';
import { ModerationModule } from './moderation/moderation.module.js';
import { SearchModule } from './search/search.module.js';
import { SocialIssueModule } from './social-issue/social-issue.module.js';
import { SpreadModule } from './spread/spread.module.js';
import { UserModule } from './user/user.module.js';
import { WerkgebiedModule } from './werkgebied/werkgebied.module.js';
import { ReportModule } from './report/report.module.js';
import { OpenDataModule } from './open-data/open-data.module.js';

const errorLog = new Logger('GraphQL');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, pool: pg.Pool): DynamicModule {
    const responseCache = new ResponseCache(pool, config.responseCache);
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, pool),
        MailModule,
        LiveModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Deadlines first: the global-id resolvers set after them are not wrapped (an id is no work).
          transformSchema: (schema) => withGlobalIds(withDeadlines(schema, config.timeouts.requestMs)),
          introspection: !config.production,
          graphiql: !config.production,
          csrfPrevention: true,
          parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
          validationRules: limitValidationRules,
          // Unstorable text first: refused before anything else looks at the operation.
          plugins: [
            storableTextPlugin,
            costLimitPlugin,
            retryAfterPlugin,
            ...noStorePlugins,
            responseCache.plugin(),
          ],
          includeStacktraceInErrorResponses: false,
          // Apollo on Fastify calls this with the request and the reply.
          context: (req: FastifyRequest, reply: FastifyReply): RequestContext => ({
            req,
            reply,
            viewer: req.viewer,
            deadlineAt: Date.now() + config.timeouts.requestMs,
            holdsUntil: Infinity,
            contentScopes: new ContentScopes(),
            loaders: new Loaders(),
          }),
          formatError: createErrorFormatter(
            (correlationId, error) => errorLog.error(`[${correlationId}] ${describe(error)}`),
            { production: config.production },
          ),
        }),
        UserModule,
        AuthModule,
        WerkgebiedModule,
        SocialIssueModule,
        AtelierModule,
        ParticipationModule,
        QuestionModule,
        ProposalModule,
        PracticeModule,
        NotificationModule,
        LessonModule,
        InsightModule,
        FeedModule,
        AdminModule,
        AuditModule,
        PrivacyModule,
        ActivityModule,
        AtelierPageModule,
        ReactionModule,
        ModerationModule,
        AdviceModule,
        DigestModule,
        SearchModule,
        NetworkModule,
        SpreadModule,
        NationalThemeModule,
        ProductModule,
        // report-opendata: the atelier report and open data (their routes are registered in createApp).
        ReportModule,
        OpenDataModule,
      ],
      // The health check tries what requests do, so it lives beside the response cache it reads.
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ExpectedErrorsFilter },
        { provide: ResponseCache, useValue: responseCache },
        HealthService,
        NodeResolver,
      ],
    };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
