import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type pg from 'pg';
import type { StoredFile } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import { AccessService } from '../common/authz/access.service.js';
import { mayEditProduct, readableProducts, readableStoredFiles } from '../common/authz/policy.js';
import type { MaybeViewer, Viewer } from '../common/authz/viewer.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { contentChanged } from '../common/graphql/response-cache.js';
import { isUuid, parseGlobalId } from '../common/graphql/relay.js';
import { PG_POOL, PrismaService } from '../common/prisma/prisma.service.js';
import { type ByteRange, FILE_STORAGE, type FileStorage } from '../common/storage/file-storage.js';
import { parseByteRange } from './byte-range.js';
import { detectFileType, isServedContentType, sanitiseFileName } from './file-types.js';

/** Why an upload was refused: the HTTP status, a code the web app says in the reader's language, and Dutch words. */
export type UploadRefusal =
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'FILE_MISSING'
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE'
  | 'UPLOAD_FAILED';

const REFUSALS: Record<UploadRefusal, { status: number; message: string }> = {
  UNAUTHENTICATED: { status: 401, message: 'Meld je aan om een bestand toe te voegen.' },
  NOT_FOUND: { status: 404, message: 'Deze opbrengst bestaat niet (meer).' },
  FORBIDDEN: {
    status: 403,
    message: 'Alleen de trekker en de arena van dit atelier voegen hier een bestand toe.',
  },
  FILE_MISSING: { status: 400, message: 'Kies een bestand om toe te voegen.' },
  FILE_EMPTY: { status: 400, message: 'Het bestand is leeg.' },
  FILE_TOO_LARGE: { status: 413, message: 'Het bestand is te groot.' },
  FILE_TYPE: {
    status: 415,
    message: 'Dit soort bestand kan niet: kies een PDF, ODT, DOCX, PPTX of MP4.',
  },
  UPLOAD_FAILED: { status: 500, message: 'Het bestand kon niet worden opgeslagen. Probeer het opnieuw.' },
};

export class UploadRefusedError extends Error {
  readonly status: number;
  constructor(
    readonly code: UploadRefusal,
    readonly details: Record<string, unknown> = {},
  ) {
    super(REFUSALS[code].message);
    this.status = REFUSALS[code].status;
  }
}

/** One part of a multipart upload, as @fastify/multipart gives it. */
export interface IncomingFile {
  filename: string;
  file: Readable & { truncated: boolean };
}

/** The path a stored file is served at: its id and its (sanitised) name. */
export function fileUrl(file: Pick<StoredFile, 'id' | 'name'>): string {
  return `/files/${file.id}/${encodeURIComponent(file.name)}`;
}

/**
 * An output's file: received over HTTP from whoever may change the output, checked by its bytes, kept in the
 * file storage; served only to those who read the output.
 */
@Injectable()
export class FilesService {
  private readonly log = new Logger('Files');

  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
  ) {}

  get maxBytes(): number {
    return this.config.files.maxBytes;
  }

  /**
   * Who may add a file to the output: refused before its bytes are read. An output the person cannot read is
   * NOT_FOUND (its existence does not leak); one they read but may not change is FORBIDDEN.
   */
  async requireUploader(
    viewer: MaybeViewer,
    productGlobalId: string,
  ): Promise<{ productId: string; atelierId: string; workshopId: string }> {
    if (!viewer) throw new UploadRefusedError('UNAUTHENTICATED');
    const named = parseGlobalId(productGlobalId);
    if (named?.type !== 'Product') throw new UploadRefusedError('NOT_FOUND');
    const productId = named.id;
    const product = await this.prisma.product.findFirst({
      where: { AND: [{ id: productId }, readableProducts(viewer)] },
      select: { atelierId: true, visibility: true },
    });
    if (!product) throw new UploadRefusedError('NOT_FOUND');
    const role = await this.access.atelierRole(viewer, product.atelierId);
    if (!mayEditProduct(role, product)) throw new UploadRefusedError('FORBIDDEN');
    return { productId, atelierId: product.atelierId, workshopId: role.workshopId };
  }

  /**
   * Takes one uploaded file for an output (its uploader checked by `requireUploader`): written to a temporary file (at most the configured size), its kind
   * read from its bytes, stored under a new key, and then the output's one file in the database (replacing the
   * one before, whose bytes are removed after the commit). Nothing is left behind when any step fails.
   */
  async receive(
    viewer: Viewer,
    { productId, workshopId }: { productId: string; workshopId: string },
    incoming: IncomingFile | undefined,
  ): Promise<StoredFile> {
    if (!incoming) throw new UploadRefusedError('FILE_MISSING');
    const incomingDir = join(this.config.files.dir, '.incoming');
    await mkdir(incomingDir, { recursive: true });
    const temporary = join(incomingDir, randomUUID());
    try {
      let size = 0;
      incoming.file.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      await pipeline(incoming.file, createWriteStream(temporary));
      if (incoming.file.truncated) {
        throw new UploadRefusedError('FILE_TOO_LARGE', { maxBytes: this.maxBytes });
      }
      if (size === 0) throw new UploadRefusedError('FILE_EMPTY');
      const type = await detectFileType(temporary);
      if (!type) throw new UploadRefusedError('FILE_TYPE');
      const key = randomUUID();
      await this.storage.put(key, temporary, { contentType: type.contentType, size });
      const name = sanitiseFileName(incoming.filename, type.ext);
      let replaced: string | null = null;
      try {
        const stored = await this.prisma.$transaction(async (tx) => {
          const before = await tx.storedFile.findUnique({ where: { productId } });
          if (before) {
            replaced = before.storageKey;
            await tx.storedFile.delete({ where: { id: before.id } });
          }
          const file = await tx.storedFile.create({
            data: {
              productId,
              storageKey: key,
              name,
              contentType: type.contentType,
              size,
              uploadedById: viewer.userId,
            },
          });
          await tx.product.update({ where: { id: productId }, data: { version: { increment: 1 } } });
          await this.audit.record(
            {
              workshopId,
              actorId: viewer.userId,
              action: 'product.file',
              targetType: 'Product',
              targetId: productId,
              details: { name, size, contentType: type.contentType },
            },
            tx,
          );
          return file;
        });
        if (replaced) await this.removeStored([replaced]);
        // Changed outside a GraphQL mutation: answers kept by the response cache are out of date.
        await contentChanged(this.pool);
        return stored;
      } catch (error) {
        await this.removeStored([key]);
        throw error;
      }
    } finally {
      await rm(temporary, { force: true });
    }
  }

  /**
   * A file for download: found only through the read rule of its output, and only under its own name, so a
   * reader who may not read the output gets the same answer as for a file that never existed.
   */
  async open(
    viewer: MaybeViewer,
    fileId: string,
    name: string,
    rangeHeader?: string,
  ): Promise<
    | { file: StoredFile; body: Readable; range: ByteRange | null }
    | { file: StoredFile; unsatisfiable: true }
    | null
  > {
    if (!isUuid(fileId)) return null;
    const file = await this.prisma.storedFile.findFirst({
      where: { AND: [{ id: fileId }, readableStoredFiles(viewer)] },
    });
    if (!file || file.name !== name || !isServedContentType(file.contentType)) return null;
    // Asked of a file the reader may read only: an unreadable one answers 404, range or not.
    const range = parseByteRange(rangeHeader, file.size);
    if (range === 'unsatisfiable') return { file, unsatisfiable: true };
    const body = await this.storage.get(file.storageKey, range ?? undefined);
    if (!body) {
      this.log.error(`The bytes of file ${file.id} are missing from the ${this.storage.kind} storage`);
      return null;
    }
    return { file, body, range };
  }

  /** Removes stored bytes whose rows are gone; a failure is logged (the rows decide what exists). */
  async removeStored(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      try {
        await this.storage.remove(key);
      } catch (error) {
        this.log.error(
          `Could not remove stored file ${key}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }

  refusal(code: UploadRefusal): { status: number; message: string } {
    return REFUSALS[code];
  }
}
