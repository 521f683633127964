import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { S3Client } from '@aws-sdk/client-s3';
import { DiskStorage } from '../disk-storage.js';
import { S3Storage, s3Settings } from '../s3-storage.js';

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

describe('the disk storage', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'disk-storage-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps, returns and removes a file under its key, and nothing outside its folder', async () => {
    const storage = new DiskStorage(join(dir, 'files'));
    const source = join(dir, 'upload');
    await writeFile(source, 'inhoud van het rapport');
    const key = randomUUID();
    await storage.put(key, source);
    expect(await readdir(join(dir, 'files'))).toEqual([key]);
    expect(await text((await storage.get(key))!)).toBe('inhoud van het rapport');
    expect(await text((await storage.get(key, { start: 11, end: 13 }))!)).toBe('het');
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
    await storage.remove(key);
    await expect(storage.get('../upload')).rejects.toThrow('Not a storage key');
    expect(await readFile(source, 'utf8')).toBe('inhoud van het rapport');
  });
});

/**
 * No S3-compatible server can be run here from npm, so these tests check what the S3 storage asks of one: the
 * requests the AWS SDK builds (method, path-style URL, headers, signature, body), answered by a stand-in handler
 * at the SDK's transport instead of the network.
 */
describe('the S3 storage', () => {
  const URL_WITH_SECRETS =
    'https://sleutel:geheim%2Fwoord@s3.example.nl:9000/werkplaats-bestanden?region=eu-west-1';

  it('reads endpoint, region, credentials and bucket from S3_URL', () => {
    const { config, bucket } = s3Settings(URL_WITH_SECRETS);
    expect(bucket).toBe('werkplaats-bestanden');
    expect(config).toMatchObject({
      endpoint: 'https://s3.example.nl:9000',
      region: 'eu-west-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'sleutel', secretAccessKey: 'geheim/woord' },
    });
  });

  function storageWithHandler(answer: (request: any) => { statusCode: number; body?: string }) {
    const requests: { method: string; url: string; headers: Record<string, string>; body: string }[] = [];
    const { config, bucket } = s3Settings(URL_WITH_SECRETS);
    const client = new S3Client({
      ...config,
      requestHandler: {
        handle: async (request: any) => {
          const body =
            request.body instanceof Readable ? await text(request.body) : String(request.body ?? '');
          requests.push({
            method: request.method,
            url: `${request.protocol}//${request.hostname}:${request.port}${request.path}`,
            headers: request.headers,
            body,
          });
          const { statusCode, body: responseBody = '' } = answer(request);
          return {
            response: {
              statusCode,
              headers: { 'content-type': 'application/xml' },
              body: Readable.from([Buffer.from(responseBody)]),
            },
          };
        },
      } as any,
    });
    return { storage: new S3Storage(client, bucket), requests };
  }

  it('puts an object path-style, signed, with its type and length', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's3-storage-'));
    try {
      const source = join(dir, 'upload');
      await writeFile(source, '%PDF-1.4 rapport');
      const { storage, requests } = storageWithHandler(() => ({ statusCode: 200 }));
      const key = randomUUID();
      await storage.put(key, source, { contentType: 'application/pdf', size: 16 });
      expect(requests).toHaveLength(1);
      const [put] = requests;
      expect(put!.method).toBe('PUT');
      expect(put!.url).toMatch(
        new RegExp(`^https://s3\\.example\\.nl:9000/werkplaats-bestanden/${key}(\\?|$)`),
      );
      expect(put!.headers['content-type']).toBe('application/pdf');
      expect(put!.headers['authorization']).toMatch(
        /^AWS4-HMAC-SHA256 Credential=sleutel\/\d{8}\/eu-west-1\/s3\/aws4_request/,
      );
      expect(put!.body).toContain('%PDF-1.4 rapport');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gets and deletes by key; a missing object is null', async () => {
    const key = randomUUID();
    const found = storageWithHandler(() => ({ statusCode: 200, body: 'de bytes' }));
    expect(await text((await found.storage.get(key))!)).toBe('de bytes');
    expect(found.requests[0]!.method).toBe('GET');
    expect(found.requests[0]!.url).toMatch(new RegExp(`/werkplaats-bestanden/${key}(\\?|$)`));
    expect(found.requests[0]!.headers['range']).toBeUndefined();
    // A range is asked of the store, so only those bytes travel.
    const ranged = storageWithHandler(() => ({ statusCode: 206, body: 'by' }));
    expect(await text((await ranged.storage.get(key, { start: 3, end: 4 }))!)).toBe('by');
    expect(ranged.requests[0]!.headers['range']).toBe('bytes=3-4');

    const missing = storageWithHandler(() => ({
      statusCode: 404,
      body: '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>gone</Message></Error>',
    }));
    expect(await missing.storage.get(key)).toBeNull();

    const removed = storageWithHandler(() => ({ statusCode: 204 }));
    await removed.storage.remove(key);
    expect(removed.requests[0]!.method).toBe('DELETE');
    await expect(removed.storage.remove('../../etc')).rejects.toThrow('Not a storage key');
  });
});
