import { isUtf8 } from 'node:buffer';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/** Refused with 400 in the shape a body that is not JSON gets (`{ statusCode, message }`). */
class NotUtf8Error extends HttpException {
  constructor() {
    super('The request body is not valid UTF-8', HttpStatus.BAD_REQUEST);
  }
}

/**
 * JSON bodies must be UTF-8, as JSON's RFC 8259 says. Fastify would decode broken or over-long sequences to
 * U+FFFD and go on, so a lesson would be stored with other characters than were sent and nobody would know;
 * such a body is refused instead. Otherwise Fastify's own parser, with its defaults (prototype poisoning is an
 * error), does the parsing.
 */
export function acceptUtf8JsonOnly(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    if (!isUtf8(body)) {
      done(new NotUtf8Error(), undefined);
      return;
    }
    void parseJson(request, body.toString('utf8'), done);
  });
}
