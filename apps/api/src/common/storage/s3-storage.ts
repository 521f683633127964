import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { type ByteRange, type FileStorage, requireStorageKey } from './file-storage.js';

/**
 * The client settings S3_URL names: `https://key:secret@host[:port]/bucket[?region=eu-west-1]`. Path-style
 * addressing, so any S3-compatible store (MinIO, Garage, a cloud's) works without DNS per bucket.
 */
export function s3Settings(s3Url: string): { config: S3ClientConfig; bucket: string } {
  const url = new URL(s3Url);
  const bucket = url.pathname.split('/').filter(Boolean)[0];
  if (!bucket || !url.username || !url.password) {
    throw new Error('S3_URL needs a key, a secret and a bucket');
  }
  return {
    bucket,
    config: {
      endpoint: `${url.protocol}//${url.host}`,
      region: url.searchParams.get('region') ?? 'us-east-1',
      forcePathStyle: true,
      credentials: {
        accessKeyId: decodeURIComponent(url.username),
        secretAccessKey: decodeURIComponent(url.password),
      },
    },
  };
}

/** Files in an S3-compatible bucket, one object per key. */
export class S3Storage implements FileStorage {
  readonly kind = 's3' as const;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  static fromUrl(s3Url: string): S3Storage {
    const { config, bucket } = s3Settings(s3Url);
    return new S3Storage(new S3Client(config), bucket);
  }

  async put(key: string, sourcePath: string, meta: { contentType: string; size: number }): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: requireStorageKey(key),
        Body: createReadStream(sourcePath),
        ContentLength: meta.size,
        ContentType: meta.contentType,
      }),
    );
  }

  async get(key: string, range?: ByteRange): Promise<Readable | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: requireStorageKey(key),
          // The store sends only these bytes: a video's seek does not pull the whole clip through the app.
          ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
        }),
      );
      return (object.Body as Readable | undefined) ?? null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: requireStorageKey(key) }));
  }
}
