import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contentDisposition } from './file-types.js';
import { FilesService, UploadRefusedError, fileUrl } from './files.service.js';

/** Sent by the web app with every upload: a cross-site form cannot set it, so no upload is forged (CSRF). */
export const UPLOAD_HEADER = 'x-werkplaats-upload';

type UploadRequest = FastifyRequest<{ Params: { productId: string } }>;
type DownloadRequest = FastifyRequest<{ Params: { fileId: string; name: string } }>;

/**
 * `POST /files/product/<product's global ID>`: one file (multipart field `file`) for an output, from whoever may change it;
 * answers `{ file }` (201) or `{ code, message }` with the reason in Dutch. `GET /files/<id>/<name>`: the file, for
 * those who read its output (a `Range: bytes=` request gets those bytes, 206, or 416 when none lie in the file); for
 * anyone else 404, the same as a file that never existed.
 */
export async function registerFiles(fastify: FastifyInstance, app: NestFastifyApplication): Promise<void> {
  const files = app.get(FilesService);

  await fastify.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { files: 1, fileSize: files.maxBytes, fields: 0, parts: 1, headerPairs: 100 },
    });

    scope.post('/files/product/:productId', async (request: UploadRequest, reply: FastifyReply) => {
      try {
        if (request.headers[UPLOAD_HEADER] !== '1') {
          return await reply
            .code(400)
            .send({ code: 'FILE_MISSING', message: files.refusal('FILE_MISSING').message });
        }
        const checked = await files.requireUploader(request.viewer, request.params.productId);
        // A body announced as larger than allowed is refused before it is read.
        const announced = Number(request.headers['content-length'] ?? 0);
        if (announced > files.maxBytes + 64 * 1024)
          throw new UploadRefusedError('FILE_TOO_LARGE', { maxBytes: files.maxBytes });
        if (!request.isMultipart()) throw new UploadRefusedError('FILE_MISSING');
        const part = await request.file();
        if (part && part.fieldname !== 'file') throw new UploadRefusedError('FILE_MISSING');
        const stored = await files.receive(request.viewer!, checked, part);
        return await reply
          .code(201)
          .header('cache-control', 'no-store')
          .send({
            file: {
              id: stored.id,
              name: stored.name,
              size: stored.size,
              contentType: stored.contentType,
              url: fileUrl(stored),
            },
          });
      } catch (error) {
        const refused = asRefusal(error, files.maxBytes);
        if (!refused) throw error;
        return (
          reply
            .code(refused.status)
            .header('cache-control', 'no-store')
            // The body of a refused upload may still be arriving: close rather than read it all.
            .header('connection', 'close')
            .send({ code: refused.code, message: refused.message, ...refused.details })
        );
      }
    });

    scope.get('/files/:fileId/:name', async (request: DownloadRequest, reply: FastifyReply) => {
      // A single range (a video's seek, a resumed download); with If-Range, which we cannot match, the whole file.
      const rangeHeader = request.headers['if-range'] === undefined ? request.headers.range : undefined;
      const found = await files.open(request.viewer, request.params.fileId, request.params.name, rangeHeader);
      if (!found) return reply.callNotFound();
      const { file } = found;
      reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.name))
        .header('accept-ranges', 'bytes')
        .header('x-content-type-options', 'nosniff')
        // Never run as a page of this origin, whatever a browser makes of it.
        .header('content-security-policy', "default-src 'none'; sandbox")
        // Readers differ per file (the ladder): no shared cache keeps it.
        .header('cache-control', 'private, no-cache');
      if ('unsatisfiable' in found) {
        return reply.code(416).header('content-range', `bytes */${file.size}`).send();
      }
      const { body, range } = found;
      if (!range) return reply.header('content-length', String(file.size)).send(body);
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${file.size}`)
        .header('content-length', String(range.end - range.start + 1))
        .send(body);
    });
  });
}

function asRefusal(
  error: unknown,
  maxBytes: number,
): { status: number; code: string; message: string; details: Record<string, unknown> } | null {
  if (error instanceof UploadRefusedError) {
    return { status: error.status, code: error.code, message: error.message, details: error.details };
  }
  // @fastify/multipart's own refusals: a second file, too many parts, a file over the limit while parsing.
  const code = (error as { code?: string } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    const tooLarge = new UploadRefusedError('FILE_TOO_LARGE', { maxBytes });
    return {
      status: tooLarge.status,
      code: tooLarge.code,
      message: tooLarge.message,
      details: tooLarge.details,
    };
  }
  if (
    code === 'FST_FILES_LIMIT' ||
    code === 'FST_PARTS_LIMIT' ||
    code === 'FST_FIELDS_LIMIT' ||
    code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' ||
    code === 'FST_NO_FORM_DATA'
  ) {
    const missing = new UploadRefusedError('FILE_MISSING');
    return { status: missing.status, code: missing.code, message: missing.message, details: {} };
  }
  return null;
}
