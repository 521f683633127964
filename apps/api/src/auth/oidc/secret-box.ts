import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../../common/config/config.js';

/**
 * Client secrets at rest: AES-256-GCM, "v1.<iv>.<tag>.<ciphertext>" (base64url), with a key derived from
 * OIDC_SECRET_KEY. Outside production without it, a random key kept in DATA_DIR (one process, one disk); in
 * production a secret is not saved without the variable, so every replica can read what one wrote.
 */
export class SecretBox {
  private key: Buffer | null = null;

  constructor(private readonly config: AppConfig) {}

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keyOrThrow(), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.keyOrThrow(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  private keyOrThrow(): Buffer {
    if (this.key) return this.key;
    let material = this.config.oidc.secretKey;
    if (!material) {
      if (this.config.production) {
        throw new Error('OIDC_SECRET_KEY is not set: client secrets cannot be kept');
      }
      material = localKey(this.config.dataDir);
    }
    this.key = createHash('sha256').update(`werkplaats-oidc:${material}`).digest();
    return this.key;
  }
}

function localKey(dataDir: string): string {
  const file = join(dataDir, 'oidc-secret.key');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const key = randomBytes(32).toString('base64url');
    try {
      writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
      return key;
    } catch {
      // Another process wrote it first: theirs counts.
      return readFileSync(file, 'utf8').trim();
    }
  }
}
