import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseGlobalId } from '../common/graphql/relay.js';
import { type RateLimits, TooManyRequestsError } from '../common/http/rate-limits.js';
import { reportLocale } from './report-text.js';
import type { ReportFormat, ReportService } from './report.service.js';

type ReportRequest = FastifyRequest<{
  Params: { slug: string; id: string };
  Querystring: { lang?: string };
}>;

/**
 * `GET /w/<slug>/ateliers/<id>/verslag.pdf` and `.md` (`?lang=nl|en`): the atelier's report for whoever asks, by
 * their session, as the atelier page's address plus the file. What the reader may not read is not in it; an
 * unknown atelier (or one of another werkplaats) is not found, like any other unknown address.
 */
export function registerReport(fastify: FastifyInstance, reports: ReportService, limits: RateLimits): void {
  for (const format of ['pdf', 'md'] as const satisfies ReportFormat[]) {
    fastify.get(
      `/w/:slug/ateliers/:id/verslag.${format}`,
      async (request: ReportRequest, reply: FastifyReply) => {
        // Each report is made afresh (seconds of CPU for a large atelier): a few a minute per address.
        try {
          await limits.consumeReport(request.ip);
        } catch (rejection) {
          if (!(rejection instanceof TooManyRequestsError)) throw rejection;
          const wait = rejection.retryAfterSeconds;
          return reply
            .code(429)
            .header('retry-after', String(wait))
            .header('content-type', 'text/plain; charset=utf-8')
            .send(
              `Te veel verslagen in korte tijd; probeer het over ${wait} seconden opnieuw.\n` +
                `Too many reports in a short time; try again in ${wait} seconds.\n`,
            );
        }
        const parsed = parseGlobalId(request.params.id);
        const atelierId = parsed?.type === 'Atelier' && UUID.test(parsed.id) ? parsed.id : null;
        const file = atelierId
          ? await reports.file(
              request.viewer,
              request.params.slug,
              atelierId,
              format,
              reportLocale(request.query.lang),
            )
          : null;
        if (!file) return reply.callNotFound();
        return (
          reply
            .header('content-type', file.contentType)
            .header('content-disposition', `attachment; filename="${file.fileName}"`)
            // Made for this reader: no shared cache may keep it or hand it to another.
            .header('cache-control', 'private, no-store')
            .header('x-robots-tag', 'noindex')
            .send(file.body)
        );
      },
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
