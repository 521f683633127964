import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CalendarFeedService } from './calendar-feed.service.js';

const ADDRESS = /^([A-Za-z0-9_-]{43})\.ics$/;

/**
 * `GET /kalender/<secret>.ics`: a person's calendar subscription, fetched by calendar apps without a session (the
 * address is the key). Unknown, stopped or replaced addresses are not found, like any other unknown path.
 */
export function registerCalendarFeed(fastify: FastifyInstance, feeds: CalendarFeedService): void {
  fastify.get(
    '/kalender/:file',
    async (request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) => {
      const token = ADDRESS.exec(request.params.file)?.[1];
      const calendar = token ? await feeds.calendar(token) : null;
      if (calendar === null) return reply.callNotFound();
      return (
        reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', 'inline; filename="werkplaats.ics"')
          // Personal: no shared cache keeps it; calendar apps ask again about hourly (REFRESH-INTERVAL).
          .header('cache-control', 'private, no-store')
          .header('x-robots-tag', 'noindex')
          .send(calendar)
      );
    },
  );
}
