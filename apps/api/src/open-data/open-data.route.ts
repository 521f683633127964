import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DATASET_NAMES, type DatasetName } from './datasets.js';
import type { OpenDataService } from './open-data.service.js';

const FILE = /^([a-z]+)\.(json|csv)$/;

/**
 * `GET /w/<slug>/open-data/<dataset>.json|.csv`: a werkplaats's public data, the same for everyone (the visitor's
 * ladder), and `/w/<slug>/open-data/index.json`: the catalogue the open-data page shows (datasets, fields, licence,
 * last change). The page itself is the web app's `/w/<slug>/open-data`.
 */
export function registerOpenData(fastify: FastifyInstance, openData: OpenDataService): void {
  fastify.get(
    '/w/:slug/open-data/:file',
    async (request: FastifyRequest<{ Params: { slug: string; file: string } }>, reply: FastifyReply) => {
      const match = FILE.exec(request.params.file);
      const workshop = match ? await openData.workshop(request.params.slug) : null;
      if (!match || !workshop) return reply.callNotFound();
      const [, name, extension] = match;
      const known = (name === 'index' && extension === 'json') || DATASET_NAMES.includes(name as DatasetName);
      if (!known) return reply.callNotFound();
      // Public data, the same for every reader: a proxy or browser may keep it for a few minutes.
      reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*');
      if (name === 'index') {
        return reply
          .header('content-type', 'application/json; charset=utf-8')
          .send(JSON.stringify(await openData.catalogue(workshop)));
      }
      const dataset = await openData.dataset(workshop, name as DatasetName);
      const fileName = `${workshop.slug}-${name}.${extension}`;
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      return extension === 'json'
        ? reply
            .header('content-type', 'application/json; charset=utf-8')
            .send(openData.json(workshop, dataset))
        : reply.header('content-type', 'text/csv; charset=utf-8; header=present').send(openData.csv(dataset));
    },
  );
}
