import type { Readable } from 'node:stream';

/**
 * Where uploaded files keep their bytes: the disk under DATA_DIR/files by default, S3-compatible storage when
 * S3_URL is set. One interface, two implementations; nothing else in the app touches `fs` or S3 for files.
 * Keys are the app's own (a UUID), never a name someone typed.
 */
export interface FileStorage {
  readonly kind: 'disk' | 's3';
  /** Stores the file at `sourcePath` (a finished upload on local disk) under `key`. */
  put(key: string, sourcePath: string, meta: { contentType: string; size: number }): Promise<void>;
  /** The stored bytes (only `range`'s, when given), or null when nothing is stored under `key`. */
  get(key: string, range?: ByteRange): Promise<Readable | null>;
  /** Removes what is stored under `key`; nothing stored is not an error. */
  remove(key: string): Promise<void>;
}

/** Bytes `start` to `end` of a file, both included (as HTTP counts them). */
export interface ByteRange {
  start: number;
  end: number;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Refuses any key that is not one the app made, so no key can point outside the storage. */
export function requireStorageKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
  return key;
}
