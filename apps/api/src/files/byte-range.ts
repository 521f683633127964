import type { ByteRange } from '../common/storage/file-storage.js';

/**
 * What a `Range` header asks of a file of `size` bytes (RFC 9110 §14): one range of bytes, `'unsatisfiable'` (416)
 * when none of it lies in the file, or null to send the whole file. Only a single range is served: a header naming
 * several, another unit or something malformed is ignored (the whole file, 200), as the RFC lets a server do.
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (header === undefined) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    // A suffix: the last N bytes (all of a file shorter than N); the last 0 bytes are none.
    const length = Number(last);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  if (!Number.isSafeInteger(start) || start >= size) return 'unsatisfiable';
  if (last === '') return { start, end: size - 1 };
  const end = Number(last);
  if (end < start) return null;
  return { start, end: Math.min(end, size - 1) };
}
